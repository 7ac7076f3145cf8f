package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Duration;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** API clients: personal access tokens shown once, stored hashed, expiring and revocable; 401 and 403 as problems. */
@CredenceTest
class AccessTokenTests {

	@Autowired
	Api api;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Test
	void anAnonymousCallerGetsAnUnauthenticatedProblem() {
		Api.Response response = api.anonymous().get("/api/missions");

		assertProblem(response, 401, "/problems/unauthenticated");
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertProblem(api.anonymous().post("/api/missions", "{}"), 401, "/problems/unauthenticated");
		assertProblem(api.anonymous().get("/api/no-such-thing"), 401, "/problems/unauthenticated");
	}

	@Test
	void healthAndTheOpenApiDocumentNeedNoLogin() {
		assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
		assertThat(api.anonymous().get("/v3/api-docs").status()).isEqualTo(200);
	}

	@Test
	void aTokenIsShownOnceListedWithoutItsSecretAndRefusedOnceRevoked() {
		TestAccounts.User auditor = accounts.user(Role.AUDITOR);
		Api asAuditor = api.as(auditor.token());

		Api.Response created = asAuditor.post("/api/account/tokens", Fixtures.json("name", "reporting", "days", 30));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String secret = created.json().get("secret").asString();
		String id = created.json().get("token").get("id").asString();
		assertThat(secret).startsWith("credence_").hasSizeGreaterThan(40);

		Api.Response listed = asAuditor.get("/api/account/tokens");
		assertThat(listed.text()).contains("reporting").doesNotContain(secret);
		assertThat(api.as(secret).get("/api/missions").status()).isEqualTo(200);

		assertThat(asAuditor.request("DELETE", "/api/account/tokens/" + id, null, null).status()).isEqualTo(204);
		Api.Response refused = api.as(secret).get("/api/missions");
		assertProblem(refused, 401, "/problems/unauthenticated");
		assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
	}

	@Test
	void aTokenStopsWorkingWhenItExpires() {
		TestAccounts.User auditor = accounts.user(Role.AUDITOR);
		String secret = api.as(auditor.token())
			.post("/api/account/tokens", Fixtures.json("name", "short-lived", "days", 1))
			.json().get("secret").asString();
		assertThat(api.as(secret).get("/api/missions").status()).isEqualTo(200);

		clock.advance(Duration.ofDays(1));
		assertProblem(api.as(secret).get("/api/missions"), 401, "/problems/unauthenticated");
	}

	@Test
	void nobodyRevokesAnotherUsersToken() {
		JsonNode token = api.post("/api/account/tokens", Fixtures.json("name", "admin's")).json().get("token");
		TestAccounts.User other = accounts.user(Role.PROTOCOL_OFFICER);

		assertProblem(api.as(other.token()).request("DELETE", "/api/account/tokens/" + token.get("id").asString(), null, null),
				404, "/problems/not-found");
	}

	@Test
	void aTokenRequestOutsideTheLimitsIsAnInvalidInputProblem() {
		assertProblem(api.post("/api/account/tokens", Fixtures.json("name", "", "days", 400)), 400, "/problems/invalid-input");
		assertProblem(api.post("/api/account/tokens", Fixtures.json("name", "x", "days", "soon")), 400, "/problems/invalid-input");
	}

	@Test
	void aBearerCallNeedsNoCsrfTokenAndGetsNoSession() {
		Api.Response created = api.post("/api/missions", Fixtures.json("sendingState", "FRA", "name", "Bearer mission",
				"kind", "EMBASSY", "establishedOn", "2020-01-01"));

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void aRoleThatMayNotCallARouteGetsAForbiddenProblem() {
		TestAccounts.User auditor = accounts.user(Role.AUDITOR);

		assertProblem(api.as(auditor.token()).post("/api/missions", Fixtures.json("sendingState", "FRA", "name", "No",
				"kind", "EMBASSY")), 403, "/problems/forbidden");
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() {
		for (Api.Response response : new Api.Response[] { api.get("/api/missions"), api.anonymous().get("/api/missions"),
				api.anonymous().get("/login") }) {
			assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
				.contains("default-src 'self'", "frame-ancestors 'none'");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		}
	}

	@Test
	void aMalformedAuthorizationHeaderIsAnUnauthenticatedProblemNeverAFailure() {
		for (String header : new String[] { "Bearer", "Bearer ", "Bearer credence_", "Bearer not a token",
				"Bearer " + "x".repeat(5000), "Bearer credence_" + "\u00e9", "Basic YWRtaW46YWRtaW4=", "Bearer a.b.c" }) {
			Api.Response response = api.anonymous().request("GET", "/api/missions", null, null, "Authorization", header);
			assertProblem(response, 401, "/problems/unauthenticated");
		}
	}
}
