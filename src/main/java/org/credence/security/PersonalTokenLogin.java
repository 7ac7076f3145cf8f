package org.credence.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * A bearer token that is one of our personal access tokens. Any other bearer token is left to the
 * next provider (an OpenID Connect provider's JWT, when one is configured).
 */
@Component
class PersonalTokenLogin implements AuthenticationProvider {

	private final PersonalTokens tokens;

	PersonalTokenLogin(PersonalTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String secret = ((BearerTokenAuthenticationToken) authentication).getToken();
		if (!secret.startsWith(PersonalTokens.PREFIX)) {
			return null;
		}
		Account account = tokens.accountOf(secret)
			.orElseThrow(() -> new InvalidBearerTokenException("The access token is unknown, expired or revoked"));
		Caller caller = account.caller();
		return UsernamePasswordAuthenticationToken.authenticated(caller, null, caller.authorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
