package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.ProblemAssertions.assertInvalid;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/**
 * Passwords as NIST SP 800-63B asks: 12 to 200 characters of any kind (bcrypt's 72-byte limit made
 * long ones fail with a 500), not only spaces, not one of the commonly used ones; wherever a
 * password is set. Hashed with Argon2id; a bcrypt hash of before still logs in, and is replaced.
 */
@CredenceTest
class PasswordRulesTests {

	/** 141 characters, 165 bytes in UTF-8: far over bcrypt's 72. */
	static final String LONG = "Ça a été très réussi, l'été à côté de Genève. ".repeat(3);

	@Autowired
	Api api;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Accounts stored;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void aLongPasswordIsSetThroughTheApiAndLogsIn() {
		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);

		Api.Response changed = api.as(officer.token()).post("/api/account/password", Fixtures.json("currentPassword",
				officer.password(), "newPassword", LONG, "repeatedPassword", LONG));

		assertThat(changed.status()).as(changed.text()).isEqualTo(204);
		assertThat(Pages.anonymous(api.baseUrl()).logIn(officer.name(), LONG).location()).doesNotContain("error");
		assertThat(Pages.anonymous(api.baseUrl()).logIn(officer.name(), LONG.substring(0, 100)).location())
			.endsWith("/login?error");
	}

	@ParameterizedTest
	@ValueSource(strings = { "short", "            ", " \t\n\u00a0\u2003\u3000        ", "123qweasdzxc", "QWERTY123456",
			"aaaaaaaaaaaaaaaa" })
	void aPasswordAgainstTheRulesIsRefusedNamingTheRule(String password) {
		TestAccounts.User auditor = accounts.user(Role.AUDITOR);

		Map<String, String> errors = assertInvalid(api.as(auditor.token()).post("/api/account/password",
				Fixtures.json("currentPassword", auditor.password(), "newPassword", password, "repeatedPassword", password)));

		assertThat(errors).containsOnlyKeys("newPassword");
		assertThat(errors.get("newPassword")).matches("must be 12 to 200 characters|must have a character other than spaces"
				+ "|is a commonly used password: choose another|must not be one character repeated");
		assertThat(Pages.anonymous(api.baseUrl()).logIn(auditor.name(), auditor.password()).location()).doesNotContain("error");
	}

	@Test
	void aPasswordOver200CharactersIsRefused() {
		TestAccounts.User auditor = accounts.user(Role.AUDITOR);
		String tooLong = "correct horse battery staple ".repeat(7);

		assertThat(assertInvalid(api.as(auditor.token()).post("/api/account/password", Fixtures.json("currentPassword",
				auditor.password(), "newPassword", tooLong, "repeatedPassword", tooLong))))
			.containsExactly(Map.entry("newPassword", "must be 12 to 200 characters"));
	}

	@Test
	void anAdministratorSetsTheSameRulesOnTheUsersPagesWhichShowThem() {
		Pages admin = new Pages(api.baseUrl());
		assertThat(admin.get("/admin/users?lang=en").html()).contains("12 to 200 characters, not a commonly used one");
		String name = "long-" + UUID.randomUUID().toString().substring(0, 8);

		Pages.Page common = admin.post("/admin/users?lang=en", Map.of("name", name, "password", "1qaz2wsx3edc",
				"role", "AUDITOR"));
		assertThat(common.status()).isEqualTo(200);
		assertThat(common.html()).contains("id=\"user-password-error\"", "commonly used");
		assertThat(stored.findByName(name)).isEmpty();

		assertThat(admin.post("/admin/users", Map.of("name", name, "password", LONG, "role", "AUDITOR")).status())
			.isEqualTo(302);
		assertThat(Pages.anonymous(api.baseUrl()).logIn(name, LONG).location()).doesNotContain("error");
		Account created = stored.findByName(name).orElseThrow();
		Pages.Page weak = admin.post("/admin/users/" + created.id() + "?lang=en", Map.of("role", "AUDITOR", "enabled", "on",
				"password", "qwerty123456"));
		assertThat(weak.html()).contains("id=\"user-password-error\"");
		assertThat(Pages.anonymous(api.baseUrl()).logIn(name, LONG).location()).doesNotContain("error");
	}

	@Test
	void newHashesAreArgon2idAndABcryptHashOfBeforeLogsInOnceThenIsReplaced() {
		String name = "bcrypt-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "an old bcrypt password";
		stored.add(new Account(UUID.randomUUID(), name, AccountKind.PERSON, "{bcrypt}" + new BCryptPasswordEncoder().encode(password),
				Role.AUDITOR, null, null, true, 0, null, Instant.now(), "tests"));

		assertThat(Pages.anonymous(api.baseUrl()).logIn(name, password).location()).doesNotContain("error");

		String rehashed = stored.findByName(name).orElseThrow().passwordHash();
		assertThat(rehashed).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
		assertThat(Pages.anonymous(api.baseUrl()).logIn(name, password).location()).doesNotContain("error");
		assertThat(encoder.encode("any new password")).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
	}
}
