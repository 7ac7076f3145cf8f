package org.credence.security;

import java.time.Instant;
import java.util.UUID;

/** A personal access token as listed to its owner: never the token itself, which is shown once. */
record AccessToken(UUID id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt) {

	public boolean usableAt(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}
}
