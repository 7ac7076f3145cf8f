package org.credence.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

import org.credence.problem.ProblemKind;

/**
 * The API's answers to a caller who is not logged in (401) or whose role forbids the call (403), as
 * RFC 9457 documents like every other refusal. They are written here because they happen before
 * any controller is reached.
 */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final ProblemKind UNAUTHENTICATED = new ProblemKind("unauthenticated",
			"Log in or send a valid access token", HttpStatus.UNAUTHORIZED);

	static final ProblemKind FORBIDDEN = new ProblemKind("forbidden", "Your role does not allow this",
			HttpStatus.FORBIDDEN);

	static final ProblemKind CSRF = new ProblemKind("csrf-token", "The CSRF token of the session is missing or wrong",
			HttpStatus.FORBIDDEN);

	private final JsonMapper json;

	SecurityProblems(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		boolean badToken = e instanceof InvalidBearerTokenException || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
		write(request, response, UNAUTHENTICATED, badToken
				? "The access token is unknown, expired or revoked, or the Authorization header is not 'Bearer <token>'."
				: "This address needs a login: send 'Authorization: Bearer <token>' with a personal access token.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response, e instanceof CsrfException ? CSRF : FORBIDDEN, e.getMessage());
	}

	void write(HttpServletRequest request, HttpServletResponse response, ProblemKind kind, String detail)
			throws IOException {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(kind.status(), detail);
		body.setType(kind.type());
		body.setTitle(kind.title());
		body.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(kind.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), body);
	}
}
