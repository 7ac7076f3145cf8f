package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.security.TestAccounts;
import org.credence.support.Fixtures;

/** A protocol officer's work through the pages, in a real browser. The test clock stands at 2021-10-06. */
@CredenceTest
class BrowserTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@BeforeEach
	void logIn() {
		browser.logIn(api.baseUrl(), TestAccounts.ADMIN_NAME, TestAccounts.ADMIN_PASSWORD);
	}

	@Test
	void anApprovedArrivalCountsAgainstTheCeilingAndTheNextOneIsRefused() {
		String mission = "Browser mission " + SEQUENCE.incrementAndGet();
		browser.open(api.baseUrl() + "/missions?lang=en");
		browser.choose("mission-sendingState", "RUS");
		browser.type("mission-name", mission);
		browser.choose("mission-kind", "PERMANENT_MISSION");
		browser.date("mission-establishedOn", "2021-01-01");
		browser.submit("mission");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(mission);
		String missionPage = browser.url();

		browser.press(By.id("tab-measures"));
		browser.date("ceiling-effectiveOn", "2021-01-01");
		browser.type("ceiling-total", "1");
		browser.submit("ceiling");
		assertThat(browser.text(By.cssSelector("[role=status]"))).contains("A ceiling of 1 position is set from 1 January 2021");
		browser.press(By.id("tab-summary"));
		assertThat(browser.text(By.id("strength"))).isEqualTo("Positions held: 0 of 1");

		String first = "Browserov " + SEQUENCE.incrementAndGet();
		browser.open(api.baseUrl() + "/persons");
		browser.type("person-nameNative", "Браузеров");
		browser.type("person-nameLatin", first);
		browser.type("person-birthDate", "1974-03");
		browser.choose("person-nationality", "RUS");
		browser.check("person-sex-MALE");
		browser.submit("person");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(first);
		String firstId = browser.url().substring(browser.url().lastIndexOf('/') + 1);

		browser.open(missionPage);
		browser.press(By.id("notify-arrival"));
		assertThat(browser.url()).endsWith("/arrivals");
		// The form offers the first persons by name; the registry the tests share holds thousands, so the
		// person is chosen as from their own page ("Notify an arrival for this person").
		browser.open(missionPage + "/arrivals?person=" + firstId);
		notifyArrival(firstId, "2021-10-01");
		assertThat(browser.text(By.cssSelector("[role=status]"))).contains("The arrival on 1 October 2021 is notified");
		assertThat(browser.text(By.id("requests-table"))).contains(first, "Counsellor", "1 October 2021");

		browser.press(approveButtonOf(first));
		assertThat(browser.text(By.cssSelector("[role=status]"))).contains("is approved");
		assertThat(browser.present(By.id("requests-table"))).isFalse();
		browser.press(By.id("tab-members"));
		assertThat(browser.text(By.id("strength"))).isEqualTo("Positions held: 1 of 1");
		assertThat(browser.text(By.id("members-table"))).contains(first, "Diplomatic agent", "Counsellor", "1 October 2021");

		String second = fixtures.person("RUS");
		browser.open(missionPage + "/arrivals?person=" + second);
		notifyArrival(second, "2021-10-02");
		browser.press(By.cssSelector("#requests-table button.approve"));
		assertThat(browser.text(By.cssSelector("[role=alert]"))).contains("The mission’s ceiling would be exceeded",
				"The ceiling of 1 position from 1 January 2021 would be exceeded: 1 held");
		assertThat(browser.focused()).as("where the keyboard starts after a refusal").isEqualTo("error-summary");
		assertThat(browser.text(By.id("requests-table"))).contains("2 October 2021");
		browser.press(By.id("tab-summary"));
		assertThat(browser.text(By.id("strength"))).isEqualTo("Positions held: 1 of 1");

		browser.press(By.id("tab-members"));
		browser.press(By.linkText(first));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(first);
		assertThat(browser.text(By.id("accreditations-table"))).contains(mission, "Active", "1 October 2021");

		browser.open(missionPage + "/departures");
		String missionId = missionPage.substring(missionPage.lastIndexOf('/') + 1);
		browser.choose("departure-accreditationId",
				api.get("/api/missions/" + missionId + "/members?asOf=2021-10-02").json().get(0).path("id").asString());
		browser.date("departure-departureDate", "2021-10-05");
		browser.type("departure-reason", "End of posting");
		browser.submit("departure");
		assertThat(browser.text(By.cssSelector("[role=status]"))).contains("The final departure (Counsellor) on 5 October 2021 is notified");
	}

	@Test
	void theLanguageSwitchShowsTheSamePageInFrench() {
		String mission = fixtures.mission("RUS", "2021-01-01");
		browser.open(api.baseUrl() + "/missions/" + mission + "/measures?lang=en");
		assertThat(browser.firstTabStop().getText()).isEqualTo("Skip to main content");

		browser.press(By.linkText("Français"));
		assertThat(browser.language()).isEqualTo("fr");
		assertThat(browser.url()).contains("/missions/" + mission + "/measures");
		assertThat(browser.text(By.id("tab-requests"))).isEqualTo("Demandes");
		assertThat(browser.text(By.cssSelector("label[for=ceiling-total]"))).isEqualTo("Nombre total de postes");
		browser.press(By.id("tab-summary"));
		assertThat(browser.text(By.id("strength"))).isEqualTo("Postes occupés : 0 (aucun plafond en vigueur)");

		browser.press(By.linkText("English"));
		assertThat(browser.language()).isEqualTo("en");
		assertThat(browser.text(By.id("tab-requests"))).isEqualTo("Requests");
	}

	private void notifyArrival(String personId, String arrivalDate) {
		browser.choose("arrival-personId", personId);
		browser.choose("arrival-category", "DIPLOMATIC_AGENT");
		browser.type("arrival-title", "Counsellor");
		browser.type("arrival-function", "Political affairs");
		browser.date("arrival-arrivalDate", arrivalDate);
		browser.submit("arrival");
	}

	private static By approveButtonOf(String person) {
		return By.xpath("//table[@id='requests-table']//tr[th[normalize-space()='" + person + "']]//button[contains(@class, 'approve')]");
	}
}
