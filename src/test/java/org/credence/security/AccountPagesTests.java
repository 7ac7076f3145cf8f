package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** Administrators manage users in the pages; every user manages their own tokens there. */
@CredenceTest
class AccountPagesTests {

	private static final Pattern SECRET = Pattern.compile("id=\"token-secret\">(credence_[A-Za-z0-9_-]+)<");

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void theAccountPagesHaveEveryMessageInBothLanguages(String lang) {
		Pages pages = new Pages(api.baseUrl());
		String id = pages.get("/admin/users").html().replaceAll("(?s).*href=\"/admin/users/([0-9a-f-]{36})\".*", "$1");
		for (String path : new String[] { "/admin/users", "/admin/users/" + id, "/account/tokens", "/login" }) {
			Pages.Page page = pages.get(path + "?lang=" + lang);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.html()).as(path).contains("<html lang=\"" + lang + "\">").doesNotContain("??");
		}
		Pages.Page refused = pages.post("/admin/users?lang=" + lang, Map.of("name", "x", "password", "short", "role",
				"MISSION_ADMINISTRATOR"));
		assertThat(refused.html()).contains("role=\"alert\"", "href=\"#user-password\"", "href=\"#user-mission\"")
			.doesNotContain("??");
		assertThat(pages.get("/admin/users/not-an-id?lang=" + lang).status()).isEqualTo(404);
	}

	@Test
	void anAdministratorMakesAMissionAdministratorWhoThenSeesOnlyThatMission() {
		String own = fixtures.mission("RUS", "2017-01-01");
		String other = fixtures.mission("RUS", "2017-01-01");
		Pages admin = new Pages(api.baseUrl());
		Pages.Page created = admin.post("/admin/users", Map.of("name", "attache-" + own.substring(0, 8), "password",
				"a long enough password", "role", "MISSION_ADMINISTRATOR", "mission", own));
		assertThat(created.status()).isEqualTo(302);

		Pages attache = Pages.as(api.baseUrl(), "attache-" + own.substring(0, 8), "a long enough password");
		assertThat(attache.get("/missions").html()).contains("/missions/" + own).doesNotContain("/missions/" + other);
		assertThat(attache.get("/missions/" + other).status()).isEqualTo(404);
		assertThat(attache.get("/admin/users").status()).isEqualTo(403);
	}

	/** The login compares a password character for character: the form keeps it as typed, not trimmed as a name is. */
	@Test
	void aPasswordSetInThePageIsKeptAsTyped() {
		String name = "spaced-" + UUID.randomUUID().toString().substring(0, 8);
		Pages admin = new Pages(api.baseUrl());
		assertThat(admin.post("/admin/users", Map.of("name", " " + name + " ", "password", "  a spaced passphrase  ",
				"role", "AUDITOR")).status()).isEqualTo(302);
		assertThat(Pages.anonymous(api.baseUrl()).logIn(name, "a spaced passphrase").location()).endsWith("/login?error");
		assertThat(Pages.anonymous(api.baseUrl()).logIn(name, "  a spaced passphrase  ").location()).doesNotContain("error");
	}

	@Test
	void aLockIsShownToAdministratorsWhoCanLiftIt() {
		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		Pages stranger = Pages.anonymous(api.baseUrl());
		for (int attempt = 0; attempt < 5; attempt++) {
			stranger.logIn(officer.name(), "wrong");
		}
		Pages admin = new Pages(api.baseUrl());
		String list = admin.get("/admin/users?lang=en").html();
		String userPage = list.replaceAll("(?s).*href=\"(/admin/users/[0-9a-f-]{36})\">" + officer.name() + "<.*", "$1");
		// Two failures, then three attempts refused unchecked while it had to wait.
		assertThat(admin.get(userPage + "?lang=en").html()).contains("2 failed logins in a row");
		for (int attempt = 0; attempt < 3; attempt++) {
			clock.advance(Duration.ofMinutes(1));
			stranger.logIn(officer.name(), "wrong");
		}
		assertThat(admin.get("/admin/users?lang=en").html()).contains("Locked after failed logins until");

		assertThat(admin.post(userPage + "/unlock", Map.of()).status()).isEqualTo(302);
		assertThat(admin.get(userPage + "?lang=en").html()).contains("Active");
		assertThat(stranger.logIn(officer.name(), officer.password()).location()).doesNotContain("error");
	}

	@Test
	void aTokenMadeInThePageIsShownOnceAndWorksUntilRevoked() {
		TestAccounts.User auditor = accounts.user(Role.AUDITOR);
		Pages pages = Pages.as(api.baseUrl(), auditor.name(), auditor.password());

		Pages.Page created = pages.post("/account/tokens", Map.of("name", "spreadsheet", "days", "30"));
		Matcher secret = SECRET.matcher(created.html());
		assertThat(secret.find()).isTrue();
		assertThat(api.as(secret.group(1)).get("/api/missions").status()).isEqualTo(200);
		String list = pages.get("/account/tokens").html();
		assertThat(list).contains("spreadsheet").doesNotContain(secret.group(1));

		String revoke = list.replaceAll("(?s).*>spreadsheet</th>.*?action=\"(/account/tokens/[0-9a-f-]{36}/revocation)\".*", "$1");
		Pages.Page revoked = pages.post(revoke, Map.of());
		assertThat(revoked.status()).as(revoke + " " + revoked).isEqualTo(302);
		assertThat(revoked.location()).as(revoke).endsWith("/account/tokens");
		assertThat(api.as(secret.group(1)).get("/api/missions").status()).isEqualTo(401);
	}

	@Test
	void aChangeOfRoleOrADisabledAccountCountsAtTheNextRequestOfAnOpenSession() {
		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		Pages session = Pages.as(api.baseUrl(), officer.name(), officer.password());
		assertThat(session.get("/missions").html()).contains("id=\"mission\"");
		Pages admin = new Pages(api.baseUrl());
		String userPage = admin.get("/admin/users").html()
			.replaceAll("(?s).*href=\"(/admin/users/[0-9a-f-]{36})\">" + officer.name() + "<.*", "$1");

		admin.post(userPage, Map.of("role", "AUDITOR", "enabled", "on"));
		assertThat(session.get("/missions?lang=en").html()).doesNotContain("id=\"mission\"").contains("(Auditor)");
		assertThat(session.post("/missions", Map.of("name", "Not allowed")).status()).isEqualTo(403);

		admin.post(userPage, Map.of("role", "AUDITOR"));
		Pages.Page disabled = session.get("/missions");
		assertThat(disabled.status()).isEqualTo(302);
		assertThat(disabled.location()).endsWith("/login");
	}
}
