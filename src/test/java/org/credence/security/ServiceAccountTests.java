package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.ProblemAssertions.assertInvalid;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/**
 * Service accounts: no password, so no login; an administrator issues them tokens, with which they
 * call the API in their role, until the token is revoked.
 */
@CredenceTest
class ServiceAccountTests {

	private static final Pattern SECRET = Pattern.compile("id=\"token-secret\">(credence_[A-Za-z0-9_-]+)<");

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aServiceAccountsTokenCallsTheApiInItsRoleUntilRevoked() {
		String id = service("PROTOCOL_OFFICER");

		Api.Response issued = api.post("/api/admin/users/" + id + "/tokens", Fixtures.json("name", "nightly import", "days", 30));
		assertThat(issued.status()).as(issued.text()).isEqualTo(201);
		String secret = issued.json().path("secret").asString();
		String tokenId = issued.json().path("token").path("id").asString();
		assertThat(secret).startsWith("credence_");
		Api script = api.as(secret);

		assertThat(script.get("/api/missions").status()).isEqualTo(200);
		Api.Response mission = script.post("/api/missions", Fixtures.json("sendingState", "FRA", "name", "Scripted mission",
				"kind", "EMBASSY", "establishedOn", "2020-01-01"));
		assertThat(mission.status()).as("a protocol officer's call").isEqualTo(201);
		assertProblem(script.get("/api/journal"), 403, "/problems/forbidden");
		assertProblem(script.get("/api/admin/users"), 403, "/problems/forbidden");
		assertThat(api.get("/api/admin/users/" + id + "/tokens").text()).contains("nightly import").doesNotContain(secret);
		assertThat(jdbc.sql("select distinct actor from journal_entry where subject_id = ?").param(mission.id())
			.query(String.class).list()).containsExactly(api.get("/api/admin/users/" + id).json().path("name").asString());

		assertThat(api.request("DELETE", "/api/admin/users/" + id + "/tokens/" + tokenId, null, null).status()).isEqualTo(204);
		assertProblem(script.get("/api/missions"), 401, "/problems/unauthenticated");
		assertProblem(api.request("DELETE", "/api/admin/users/" + id + "/tokens/" + UUID.randomUUID(), null, null), 404,
				"/problems/not-found");
	}

	@Test
	void aServiceAccountHasNoPasswordAndCannotLogIn() {
		String name = "no-login-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(assertInvalid(api.post("/api/admin/users", Fixtures.json("name", name, "kind", "SERVICE", "password",
				"a long enough password", "role", "AUDITOR")))).containsOnlyKeys("password");
		String id = api.post("/api/admin/users", Fixtures.json("name", name, "kind", "SERVICE", "role", "AUDITOR")).id();

		assertThat(assertInvalid(api.request("PATCH", "/api/admin/users/" + id, "application/json",
				Fixtures.json("password", "a long enough password")))).containsOnlyKeys("password");
		assertThat(Pages.anonymous(api.baseUrl()).logIn(name, "").location()).endsWith("/login?error");
		assertThat(Pages.anonymous(api.baseUrl()).logIn(name, "null").location()).endsWith("/login?error");
		String secret = api.post("/api/admin/users/" + id + "/tokens", Fixtures.json("name", "reports")).json()
			.path("secret").asString();
		assertProblem(api.as(secret).post("/api/account/password", Fixtures.json("currentPassword", "x", "newPassword",
				"a long enough password", "repeatedPassword", "a long enough password")), 409, "/problems/no-local-account");
		assertThat(jdbc.sql("select change->>'kind' from journal_entry where subject_id = ? and action = 'account.created'")
			.param(id).query(String.class).single()).isEqualTo("SERVICE");
	}

	@Test
	void aPersonMakesTheirOwnTokensAndADisabledServiceAccountsTokensAreRefused() {
		String person = api.post("/api/admin/users", Fixtures.json("name", "person-" + UUID.randomUUID().toString()
			.substring(0, 8), "password", "a long enough password", "role", "AUDITOR")).id();
		assertProblem(api.post("/api/admin/users/" + person + "/tokens", Fixtures.json("name", "mine")), 409,
				"/problems/not-a-service-account");

		String service = service("AUDITOR");
		String secret = api.post("/api/admin/users/" + service + "/tokens", Fixtures.json("name", "reports")).json()
			.path("secret").asString();
		api.request("PATCH", "/api/admin/users/" + service, "application/json", Fixtures.json("enabled", false));
		assertProblem(api.as(secret).get("/api/missions"), 401, "/problems/unauthenticated");
	}

	@Test
	void anAdministratorMakesAServiceAccountAndItsTokensInThePageInBothLanguages() {
		Pages admin = new Pages(api.baseUrl());
		String name = "paged-" + UUID.randomUUID().toString().substring(0, 8);
		Pages.Page created = admin.post("/admin/users", Map.of("name", name, "kind", "SERVICE", "role", "AUDITOR"));
		assertThat(created.status()).as(created.html()).isEqualTo(302);
		String list = admin.get("/admin/users?lang=fr").html();
		assertThat(list).contains("Compte de service");
		String page = list.replaceAll("(?s).*href=\"(/admin/users/[0-9a-f-]{36})\">" + name + "<.*", "$1");
		assertThat(admin.get(page + "?lang=en").html()).contains("Service account", "Access tokens of this service account")
			.doesNotContain("id=\"user-password\"");
		assertThat(admin.get(page + "?lang=fr").html()).contains("Jetons d’accès de ce compte de service").doesNotContain("??");

		Pages.Page issued = admin.post(page + "/tokens", Map.of("name", "spreadsheet", "days", "30"));
		Matcher secret = SECRET.matcher(issued.html());
		assertThat(secret.find()).as(issued.html()).isTrue();
		assertThat(api.as(secret.group(1)).get("/api/missions").status()).isEqualTo(200);

		String revoke = admin.get(page).html()
			.replaceAll("(?s).*action=\"(/admin/users/[0-9a-f-]{36}/tokens/[0-9a-f-]{36}/revocation)\".*", "$1");
		assertThat(admin.post(revoke, Map.of()).status()).isEqualTo(302);
		assertThat(api.as(secret.group(1)).get("/api/missions").status()).isEqualTo(401);
	}

	private String service(String role) {
		Api.Response created = api.post("/api/admin/users", Fixtures.json("name", "service-" + UUID.randomUUID().toString()
			.substring(0, 8), "kind", "SERVICE", "role", role));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.json().path("kind").asString()).isEqualTo("SERVICE");
		return created.id();
	}
}
