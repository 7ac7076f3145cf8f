package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;

/**
 * An administrator creates a service account in French in a real browser, issues it a token whose
 * secret the page shows once, and revokes it; every page fits a phone.
 */
@CredenceTest
class ServiceAccountBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	Api api;

	@Autowired
	TestAccounts accounts;

	@Test
	void anAdministratorMakesAServiceAccountAndIssuesItATokenOnAPhone() {
		TestAccounts.User administrator = accounts.user(Role.ADMINISTRATOR);
		String name = "import-" + UUID.randomUUID().toString().substring(0, 8);
		browser.logIn(api.baseUrl(), administrator.name(), administrator.password());
		browser.open(api.baseUrl() + "/admin/users?lang=fr");
		assertThat(browser.fitsWidth(390)).as("the users on a phone").isTrue();

		browser.type("user-name", name);
		browser.choose("user-kind", "SERVICE");
		browser.choose("user-role", "PROTOCOL_OFFICER");
		browser.submit("user");
		assertThat(browser.text(By.tagName("body"))).contains("L’utilisateur " + name + " est créé.");
		browser.press(By.linkText(name));

		assertThat(browser.text(By.id("user-kind"))).contains("Compte de service");
		assertThat(browser.present(By.id("user-password"))).as("a service account has no password").isFalse();
		browser.type("token-name", "import nocturne");
		browser.submit("token");
		String secret = browser.text(By.id("token-secret"));
		assertThat(browser.fitsWidth(390)).as("the service account and its new token on a phone").isTrue();
		assertThat(api.as(secret).get("/api/missions").status()).isEqualTo(200);

		browser.press(By.cssSelector("#tokens-table button[type=submit]"));
		assertThat(browser.text(By.tagName("body"))).contains("Le jeton est révoqué.");
		assertThat(browser.present(By.id("token-secret"))).isFalse();
		assertThat(api.as(secret).get("/api/missions").status()).isEqualTo(401);
	}
}
