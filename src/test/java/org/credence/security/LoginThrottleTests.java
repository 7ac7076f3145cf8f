package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.MutableClock;

/**
 * Failed logins are counted per account name and client address: an unknown name is slowed and
 * locked exactly as a real account is (so the answers do not tell which accounts exist), and whoever
 * guesses from one address locks out only that address, never the user logging in from another.
 * The test server is reached as 127.0.0.1 and as ::1, two client addresses.
 */
@CredenceTest
class LoginThrottleTests {

	@Autowired
	Api api;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Test
	void anUnknownNameIsAnsweredExactlyAsARealAccount() {
		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);

		List<String> real = refusals(officer.name());
		List<String> unknown = refusals("nobody-" + officer.name());

		assertThat(unknown).isEqualTo(real);
		assertThat(real).anySatisfy(text -> assertThat(text).contains("locked for 15 minutes"));
	}

	@Test
	void guessingFromOneAddressDoesNotLockTheUserOutFromAnother() {
		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		Pages attacker = Pages.anonymous("http://127.0.0.1:" + port());
		for (int attempt = 1; attempt <= 5; attempt++) {
			clock.advance(Duration.ofSeconds(20));
			attacker.logIn(officer.name(), "guess " + attempt);
		}
		assertThat(attacker.get("/login?error&lang=en").html()).contains("locked for 15 minutes");
		assertThat(attacker.logIn(officer.name(), officer.password()).location()).endsWith("/login?error");

		Pages user = Pages.anonymous("http://[::1]:" + port());
		assertThat(user.logIn(officer.name(), officer.password()).location()).doesNotContain("error");
		assertThat(attacker.logIn(officer.name(), officer.password()).location())
			.as("the attacker's address stays locked").endsWith("/login?error");
	}

	/** What the login page says after each of six wrong passwords, a minute apart. */
	private List<String> refusals(String name) {
		Pages pages = Pages.anonymous(api.baseUrl());
		List<String> said = new ArrayList<>();
		for (int attempt = 1; attempt <= 6; attempt++) {
			clock.advance(Duration.ofMinutes(1));
			pages.logIn(name, "wrong " + attempt);
			String html = pages.get("/login?error&lang=en").html();
			said.add(html.replaceAll("(?s).*<main[^>]*>(.*)</main>.*", "$1").replaceAll("name=\"_csrf\" value=\"[^\"]+\"", ""));
		}
		return said;
	}

	private String port() {
		return api.baseUrl().substring(api.baseUrl().lastIndexOf(':') + 1);
	}
}
