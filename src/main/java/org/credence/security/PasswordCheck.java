package org.credence.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import org.credence.security.LoginRefused.Reason;

/**
 * A password checked for an account name from a client address, at the login and wherever else a
 * password must be proved: failures counted per name and address ({@link LoginAttempts}), slowed
 * and locked by the clock. An unknown or disabled name, or a service account's (which has no
 * password), goes through the same steps against a decoy hash, so that neither the answer nor its
 * time tells whether the account exists. The account's own count, which administrators see and
 * clear, is written at once, outside any transaction of the caller, so that refusing the request
 * never takes the failure back.
 */
@Component
class PasswordCheck {

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final LoginAttempts attempts;

	private final Clock clock;

	/** Compared against when the name is unknown, so that an unknown name takes as long as a wrong password. */
	private final String decoy;

	PasswordCheck(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle, LoginAttempts attempts,
			Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.throttle = throttle;
		this.attempts = attempts;
		this.clock = clock;
		this.decoy = encoder.encode("decoy password never issued");
	}

	/**
	 * Returns when the password is the enabled account's of that name; otherwise says why not, and
	 * until when this address must wait.
	 */
	Account verify(String name, String address, String password) throws LoginRefused {
		Instant now = clock.instant();
		LoginAttempts.Key key = LoginAttempts.Key.of(name, address);
		LoginAttempts.Attempts before = attempts.of(key, now);
		if (before.waitingAt(now)) {
			// Refused unchecked: a guess made while waiting is worth nothing, even a right one.
			throw new LoginRefused(throttle.locks(before.failures()) ? Reason.LOCKED : Reason.SLOWED, before.until());
		}
		Account account = accounts.findByName(name).filter(Account::enabled).filter(known -> !known.service()).orElse(null);
		if (account == null || !encoder.matches(password, account.passwordHash())) {
			if (account == null) {
				encoder.matches(password, decoy);
			}
			LoginAttempts.Attempts after = attempts.failed(key, now);
			if (account != null) {
				accounts.failed(account.id());
				if (throttle.locks(after.failures())) {
					accounts.lockUntil(account.id(), after.until());
				}
			}
			throw new LoginRefused(throttle.locks(after.failures()) ? Reason.LOCKED : Reason.BAD_CREDENTIALS, after.until());
		}
		attempts.succeeded(key);
		if (account.failedLogins() > 0 || account.lockedUntil() != null) {
			accounts.clearFailures(account.id());
		}
		if (encoder.upgradeEncoding(account.passwordHash())) {
			// A hash of an older algorithm ({bcrypt}): the password is at hand only now, so it is hashed anew.
			accounts.changePassword(account.id(), encoder.encode(password));
		}
		return account;
	}
}
