package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.screening.SampleListsLoaded;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * A security officer works the screening queue in French in a real browser: the hit of a person
 * whose name resembles an OFAC entry, compared side by side, cleared with a reason; the person's
 * request can then be approved.
 */
@CredenceTest
class ScreeningBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Test
	void aSecurityOfficerComparesAHitAndClearsIt() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		SampleListsLoaded.ensure(api);
		String mission = fixtures.mission("RUS", "2017-01-01");
		String person = api.post("/api/persons", json("nameNative", "Анатолий Владимирович Чепига", "nameLatin",
				"Anatoli Tchepiga", "nationality", "RUS", "sex", "MALE")).id();
		String request = fixtures.arrival(mission, person, "DIPLOMATIC_AGENT", "2021-10-01").id();

		TestAccounts.User officer = accounts.user(Role.SECURITY_OFFICER);
		browser.logIn(api.baseUrl(), officer.name(), officer.password());
		browser.open(api.baseUrl() + "/screening?lang=fr");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Filtrage");
		assertThat(browser.fitsWidth(390)).as("the queue on a phone").isTrue();
		browser.press(By.linkText("Anatoli Tchepiga"));

		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Résultat : CHEPIGA, Anatoliy Vladimirovich");
		assertThat(browser.text(By.id("the-person"))).contains("Anatoli Tchepiga", "Анатолий Владимирович Чепига", "Russie");
		assertThat(browser.text(By.id("the-entry"))).contains("(référence 26171)", "BOSHIROV, Ruslan", "Également connu sous le nom",
				"CAATSA - RUSSIA");
		assertThat(browser.text(By.id("hit-reasons"))).isNotBlank();
		assertThat(browser.fitsWidth(390)).as("the hit on a phone").isTrue();

		browser.submit("clearance");
		assertThat(browser.text(By.id("clearance"))).contains("Motif", "doit être renseigné");

		browser.type("clearance-reason", "Passeport vu : né en 1990, autre homme.");
		browser.submit("clearance");
		assertThat(browser.text(By.tagName("body"))).contains("Le résultat sur CHEPIGA, Anatoliy Vladimirovich est levé.");
		assertThat(browser.present(By.linkText("Anatoli Tchepiga"))).isFalse();

		browser.open(api.baseUrl() + "/screening/lists?lang=fr");
		assertThat(browser.text(By.id("list-ofac-sdn"))).contains("Liste SDN de l’OFAC", "en vigueur");
		assertThat(browser.fitsWidth(390)).as("the lists on a phone").isTrue();
		browser.open(api.baseUrl() + "/screening/checks?lang=fr");
		browser.type("check-name", "Руслан Боширов");
		browser.submit("check");
		assertThat(browser.text(By.id("check-hits"))).contains("CHEPIGA, Anatoliy Vladimirovich", "BOSHIROV, Ruslan");
		assertThat(browser.fitsWidth(390)).as("a check on a phone").isTrue();

		assertThat(api.get("/api/persons/" + person + "/screening").json().path("state").asString()).isEqualTo("CLEAR");
		assertThat(api.post("/api/accreditations/" + request + "/approval", "{}").status()).isEqualTo(200);
	}
}
