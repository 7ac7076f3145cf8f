package org.credence.security;

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

	private final PasswordCheck check;

	/** Compared against when the name is unknown, so that an unknown name takes as long as a wrong password. */
	private final String decoy;

	PasswordLogin(Accounts accounts, PasswordEncoder encoder, PasswordCheck check) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.check = check;
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
		check.verify(account, password);
		Caller caller = account.caller();
		return UsernamePasswordAuthenticationToken.authenticated(caller, null, caller.authorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
