package org.credence.security;

import java.time.Instant;
import java.util.UUID;

/**
 * A person who may log in, or a service that calls the API with tokens (and has no password), with
 * the one role it holds and the lock left by failed logins.
 */
record Account(UUID id, String name, AccountKind kind, String passwordHash, Role role, UUID missionId, String memberState,
		boolean enabled, int failedLogins, Instant lockedUntil, Instant createdAt, String createdBy) {

	Caller caller() {
		return new Caller(id, name, role, missionId, memberState);
	}

	public boolean service() {
		return kind == AccountKind.SERVICE;
	}

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}
}
