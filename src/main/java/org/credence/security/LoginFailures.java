package org.credence.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the login page with the refusal kept in the session, as Spring Security does, but only
 * what the page tells: Spring Security's refusal carries the login as sent, password included,
 * and the session is written to the database.
 */
class LoginFailures implements AuthenticationFailureHandler {

	private final AuthenticationFailureHandler toLoginPage = new SimpleUrlAuthenticationFailureHandler("/login?error");

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException refusal) throws IOException, ServletException {
		AuthenticationException told = refusal instanceof LoginRefused refused
				? new LoginRefused(refused.reason(), refused.until())
				: new AuthenticationServiceException("The login could not be checked");
		toLoginPage.onAuthenticationFailure(request, response, told);
	}
}
