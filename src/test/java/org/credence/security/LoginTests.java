package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.MutableClock;

/** People log into the pages with a password; the session, CSRF protection, logout and the lock after failures. */
@CredenceTest
class LoginTests {

	@Autowired
	Api api;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Test
	void anAnonymousVisitorIsSentToTheLoginPage() {
		Pages.Page page = Pages.anonymous(api.baseUrl()).get("/missions");

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
	}

	@Test
	void theFirstStartAdministratorLogsInWithTheConfiguredPassword() {
		Pages pages = Pages.anonymous(api.baseUrl());
		Pages.Page login = pages.logIn(TestAccounts.ADMIN_NAME, TestAccounts.ADMIN_PASSWORD);

		assertThat(login.status()).isEqualTo(302);
		assertThat(login.location()).doesNotContain("error");
		assertThat(pages.get("/missions?lang=en").html()).contains("Logged in as admin (Administrator)");
	}

	@Test
	void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		Pages pages = Pages.anonymous(api.baseUrl());

		Pages.Page wrongPassword = pages.logIn(officer.name(), "not the password");
		assertThat(wrongPassword.location()).endsWith("/login?error");
		assertThat(pages.get("/login?error&lang=en").html()).contains("The user name or the password is wrong.");
		assertThat(pages.logIn("nobody-of-that-name", "x").location()).endsWith("/login?error");
		assertThat(pages.get("/login?error&lang=en").html()).contains("The user name or the password is wrong.");
	}

	@Test
	void aFormPostedWithoutTheCsrfTokenIsRefused() {
		Pages pages = new Pages(api.baseUrl());
		pages.get("/missions");

		Pages.Page forged = pages.post("/missions", Map.of("_csrf", "forged", "sendingState", "FRA", "name", "Forged",
				"kind", "EMBASSY"));
		assertThat(forged.status()).isEqualTo(403);
	}

	@Test
	void loggingOutEndsTheSession() {
		Pages pages = new Pages(api.baseUrl());
		assertThat(pages.get("/missions").status()).isEqualTo(200);

		Pages.Page logout = pages.post("/logout", Map.of());
		assertThat(logout.location()).endsWith("/login?logout");
		assertThat(pages.get("/missions").status()).isEqualTo(302);
	}

	@Test
	void failuresSlowTheNextAttemptsThenLockTheAccountForAWhile() {
		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		Pages pages = Pages.anonymous(api.baseUrl());
		pages.logIn(officer.name(), "wrong 1");
		pages.logIn(officer.name(), "wrong 2");

		// After two failures the next attempt must wait a second: even the right password is refused.
		assertThat(pages.logIn(officer.name(), officer.password()).location()).endsWith("/login?error");
		assertThat(pages.get("/login?error&lang=en").html()).contains("Too many failed attempts: wait 1 second ");
		for (int attempt = 3; attempt <= 5; attempt++) {
			clock.advance(Duration.ofSeconds(10));
			pages.logIn(officer.name(), "wrong " + attempt);
		}
		assertThat(pages.get("/login?error&lang=fr").html()).contains("le compte est verrouillé pour 15 minutes");

		clock.advance(Duration.ofMinutes(14));
		assertThat(pages.logIn(officer.name(), officer.password()).location()).endsWith("/login?error");
		clock.advance(Duration.ofMinutes(2));
		assertThat(pages.logIn(officer.name(), officer.password()).location()).doesNotContain("error");
	}
}
