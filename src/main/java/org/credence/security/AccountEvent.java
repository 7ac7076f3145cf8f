package org.credence.security;

import java.time.Instant;
import java.util.UUID;

/**
 * A change to who may act, published inside the transaction that makes it so that the journal
 * records it in that same transaction. Secrets (passwords, tokens) are never part of an event.
 */
public sealed interface AccountEvent {

	UUID accountId();

	/** What happened, as the journal names it: {@code account.verb-in-past-tense}. */
	String action();

	record AccountCreated(UUID accountId, String name, AccountKind kind, Role role, UUID mission, String memberState)
			implements AccountEvent {

		@Override
		public String action() {
			return "account.created";
		}
	}

	record AccountChanged(UUID accountId, Role role, UUID mission, String memberState, boolean enabled,
			boolean passwordReset) implements AccountEvent {

		@Override
		public String action() {
			return "account.changed";
		}
	}

	/** The user changed their own password; which one is never said. */
	record PasswordChanged(UUID accountId) implements AccountEvent {

		@Override
		public String action() {
			return "account.password-changed";
		}
	}

	record AccountUnlocked(UUID accountId) implements AccountEvent {

		@Override
		public String action() {
			return "account.unlocked";
		}
	}

	record AccessTokenIssued(UUID accountId, UUID tokenId, String tokenName, Instant expiresAt) implements AccountEvent {

		@Override
		public String action() {
			return "account.token-issued";
		}
	}

	record AccessTokenRevoked(UUID accountId, UUID tokenId) implements AccountEvent {

		@Override
		public String action() {
			return "account.token-revoked";
		}
	}

	/** A calendar address made, replacing the account's previous one if {@code replaced}. */
	record CalendarAddressCreated(UUID accountId, boolean replaced) implements AccountEvent {

		@Override
		public String action() {
			return "account.calendar-address-created";
		}
	}

	record CalendarAddressRevoked(UUID accountId) implements AccountEvent {

		@Override
		public String action() {
			return "account.calendar-address-revoked";
		}
	}
}
