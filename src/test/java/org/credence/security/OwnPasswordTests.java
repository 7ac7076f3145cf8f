package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.ProblemAssertions.assertInvalid;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** Every user with an account of this registry changes their own password, in the page and through the API. */
@CredenceTest
class OwnPasswordTests {

	@Autowired
	Api api;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aUserChangesTheirPasswordInThePageThenLogsInWithTheNewOneOnly() {
		TestAccounts.User delegate = accounts.user(Role.MEMBER_STATE_DELEGATE);
		Pages pages = Pages.as(api.baseUrl(), delegate.name(), delegate.password());
		assertThat(pages.get("/account/tokens?lang=en").html()).contains("href=\"/account/password\"");
		assertThat(pages.get("/account/password?lang=fr").html()).contains("Changer de mot de passe",
				"autocomplete=\"current-password\"").doesNotContain("??");

		Pages.Page changed = pages.post("/account/password", Map.of("currentPassword", delegate.password(),
				"newPassword", "my own new passphrase", "repeatedPassword", "my own new passphrase"));
		assertThat(changed.status()).as(changed.html()).isEqualTo(302);
		assertThat(changed.location()).endsWith("/account/password");

		Pages stranger = Pages.anonymous(api.baseUrl());
		assertThat(stranger.logIn(delegate.name(), delegate.password()).location()).endsWith("/login?error");
		assertThat(stranger.logIn(delegate.name(), "my own new passphrase").location()).doesNotContain("error");
		assertThat(stranger.get("/account/password?lang=en").html()).contains("Logged in as " + delegate.name());

		List<String> changes = jdbc.sql("""
				select change::text from journal_entry where action = 'account.password-changed' and actor = ?""")
			.param(delegate.name())
			.query(String.class)
			.list();
		assertThat(changes).hasSize(1);
		assertThat(changes.get(0)).doesNotContain("passphrase", delegate.password(), "$2");
	}

	@Test
	void aRefusedChangeSaysWhyNextToEachFieldAndChangesNothing() {
		TestAccounts.User officer = accounts.user(Role.SECURITY_OFFICER);
		Pages pages = Pages.as(api.baseUrl(), officer.name(), officer.password());

		Pages.Page refused = pages.post("/account/password?lang=en", Map.of("currentPassword", "not my password",
				"newPassword", "short", "repeatedPassword", "shorter"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html()).contains("error-summary", "href=\"#password-currentPassword\"",
				"id=\"password-currentPassword-error\"", "Current password: give the one you log in with now",
				"id=\"password-newPassword-error\"", "New password: 12 to 200 characters",
				"id=\"password-repeatedPassword-error\"", "aria-invalid=\"true\"")
			.doesNotContain("not my password", "value=\"short");

		Pages.Page mismatch = pages.post("/account/password?lang=fr", Map.of("currentPassword", officer.password(),
				"newPassword", "a long enough password", "repeatedPassword", "a long enough passwort"));
		assertThat(mismatch.html()).contains("doit être identique au nouveau mot de passe")
			.doesNotContain("password-currentPassword-error", "password-newPassword-error");
		assertThat(Pages.anonymous(api.baseUrl()).logIn(officer.name(), officer.password()).location())
			.doesNotContain("error");
	}

	@Test
	void throughTheApiTheSameRulesApplyAndAWrongCurrentPasswordCountsAsAFailedLogin() {
		TestAccounts.User auditor = accounts.user(Role.AUDITOR);
		Api asAuditor = api.as(auditor.token());

		assertThat(assertInvalid(asAuditor.post("/api/account/password", Fixtures.json("currentPassword",
				auditor.password(), "newPassword", "too short", "repeatedPassword", "too short"))))
			.containsOnlyKeys("newPassword");
		assertThat(assertInvalid(asAuditor.post("/api/account/password", Fixtures.json("currentPassword",
				auditor.password(), "newPassword", "long enough, this one", "repeatedPassword", "long enough, that one"))))
			.containsOnlyKeys("repeatedPassword");
		assertThat(assertInvalid(asAuditor.post("/api/account/password", Fixtures.json("currentPassword", "wrong",
				"newPassword", "long enough, this one", "repeatedPassword", "long enough, this one"))))
			.containsOnlyKeys("currentPassword");
		asAuditor.post("/api/account/password", Fixtures.json("currentPassword", "wrong again", "newPassword",
				"long enough, this one", "repeatedPassword", "long enough, this one"));

		// Two wrong passwords in a row: as at the login, the next attempt waits, even with the right one.
		assertProblem(asAuditor.post("/api/account/password", Fixtures.json("currentPassword", auditor.password(),
				"newPassword", "long enough, this one", "repeatedPassword", "long enough, this one")), 429,
				"/problems/password-attempts-throttled");
		assertThat(Pages.anonymous(api.baseUrl()).logIn(auditor.name(), auditor.password()).location())
			.endsWith("/login?error");

		clock.advance(Duration.ofSeconds(2));
		Api.Response changed = asAuditor.post("/api/account/password", Fixtures.json("currentPassword",
				auditor.password(), "newPassword", "long enough, this one", "repeatedPassword", "long enough, this one"));
		assertThat(changed.status()).as(changed.text()).isEqualTo(204);
		assertThat(Pages.anonymous(api.baseUrl()).logIn(auditor.name(), "long enough, this one").location())
			.doesNotContain("error");
		assertThat(asAuditor.get("/api/missions").status()).as("tokens stay valid").isEqualTo(200);
	}

	@Test
	void aUserKnownOnlyThroughTheIdentityProviderIsToldToChangeItThere() {
		String officer = JwtLoginTests.jwt(clock.instant(), Map.of("credence_roles", "PROTOCOL_OFFICER"),
				JwtLoginTests.testKey());

		assertThat(assertProblem(api.as(officer).post("/api/account/password", Fixtures.json("currentPassword", "x",
				"newPassword", "long enough, this one", "repeatedPassword", "long enough, this one")), 409,
				"/problems/no-local-account").get("detail").asString()).contains("external identity provider");
	}
}
