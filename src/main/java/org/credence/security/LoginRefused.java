package org.credence.security;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * Why a login was refused, as the login page tells it: a wrong name or password (never which),
 * or an account made to wait after failures, until when. Kept in the session, which is in the
 * database, so serializable; never with the login as sent ({@link LoginFailures}).
 */
class LoginRefused extends AuthenticationException {

	enum Reason {
		BAD_CREDENTIALS, SLOWED, LOCKED
	}

	private final Reason reason;

	private final Instant until;

	LoginRefused(Reason reason, Instant until) {
		super(reason.name());
		this.reason = reason;
		this.until = until;
	}

	Reason reason() {
		return reason;
	}

	Instant until() {
		return until;
	}
}
