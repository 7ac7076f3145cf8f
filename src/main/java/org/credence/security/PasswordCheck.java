package org.credence.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import org.credence.security.LoginRefused.Reason;

/**
 * An account's password checked against its hash, failures counted, slowed and locked by the clock:
 * at the login, and wherever else a password must be proved. Each count is written at once, outside
 * any transaction of the caller, so that refusing the request never takes the failure back.
 */
@Component
class PasswordCheck {

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final Clock clock;

	PasswordCheck(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.throttle = throttle;
		this.clock = clock;
	}

	/** Returns when the password is the account's; otherwise says why not, and until when it must wait. */
	void verify(Account account, String password) throws LoginRefused {
		Instant now = clock.instant();
		if (account.lockedAt(now)) {
			// Refused unchecked: a guess made while waiting is worth nothing, even a right one.
			throw new LoginRefused(throttle.locks(account.failedLogins()) ? Reason.LOCKED : Reason.SLOWED,
					account.lockedUntil());
		}
		if (account.lockedUntil() != null && throttle.locks(account.failedLogins())) {
			accounts.clearFailures(account.id());
		}
		if (!encoder.matches(password, account.passwordHash())) {
			int failures = accounts.failed(account.id());
			Instant until = throttle.waitAfter(failures, now);
			if (until != null) {
				accounts.lockUntil(account.id(), until);
			}
			throw new LoginRefused(throttle.locks(failures) ? Reason.LOCKED : Reason.BAD_CREDENTIALS, until);
		}
		accounts.clearFailures(account.id());
		if (encoder.upgradeEncoding(account.passwordHash())) {
			// A hash of an older algorithm ({bcrypt}): the password is at hand only now, so it is hashed anew.
			accounts.changePassword(account.id(), encoder.encode(password));
		}
	}
}
