package org.credence.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Form login: the password checked for the name from the client's address ({@link PasswordCheck}). */
@Component
class PasswordLogin implements AuthenticationProvider {

	private final PasswordCheck check;

	PasswordLogin(PasswordCheck check) {
		this.check = check;
	}

	@Override
	public Authentication authenticate(Authentication login) {
		String address = login.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
		Caller caller = check.verify(login.getName(), address, String.valueOf(login.getCredentials())).caller();
		return UsernamePasswordAuthenticationToken.authenticated(caller, null, caller.authorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
