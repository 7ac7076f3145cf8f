package org.credence.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import org.credence.security.LoginRefused.Reason;

/** Form login: the password checked against its hash, failures counted, slowed and locked by the clock. */
@Component
class PasswordLogin implements AuthenticationProvider {

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final Clock clock;

	/** Compared against when the name is unknown, so that an unknown name takes as long as a wrong password. */
	private final String decoy;

	PasswordLogin(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.throttle = throttle;
		this.clock = clock;
		this.decoy = encoder.encode("decoy password never issued");
	}

	@Override
	public Authentication authenticate(Authentication login) {
		String password = String.valueOf(login.getCredentials());
		Account account = accounts.findByName(login.getName()).orElse(null);
		if (account == null || !account.enabled()) {
			encoder.matches(password, decoy);
			throw new LoginRefused(Reason.BAD_CREDENTIALS, null);
		}
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
		Caller caller = account.caller();
		return UsernamePasswordAuthenticationToken.authenticated(caller, null, caller.authorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
