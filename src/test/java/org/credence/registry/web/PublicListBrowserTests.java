package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The public diplomatic list on a phone, in French, and the form on a mission's summary that
 * records what the list shows of it.
 */
@CredenceTest
class PublicListBrowserTests {

	private static final int WIDTH = 390;

	/** Words French never writes, as the scan of every French page has them; the data's own are left out first. */
	private static final Pattern ENGLISH = Pattern.compile("\\b(the|and|of|is|was|with|by|from|for|not|has|are|this|"
			+ "that|which|held|until|since|Status|Members|Published|strength|arrival|Diplomatic|list|Show|Day|Address|"
			+ "Telephone|Web address|Kind)\\b|\\b[A-Z]+_[A-Z_]+\\b");

	@RegisterExtension
	static final Browser browser = Browser.phone(WIDTH);

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void now() {
		clock.set(Instant.parse("2021-11-10T10:00:00Z"));
	}

	@Test
	void theListInFrenchFitsAPhoneAndSpeaksFrenchOnly() {
		String mission = fixtures.mission("AUT", "2021-01-01");
		String member = fixtures.member(mission, "2021-02-01");
		String name = api.get("/api/missions/" + mission).json().path("name").asString();
		String personName = api.get("/api/accreditations/" + member).json().path("personName").asString();

		browser.open(api.baseUrl() + "/public/diplomatic-list?date=2021-07-01&lang=fr");

		assertThat(browser.language()).isEqualTo("fr");
		assertThat(browser.fitsWidth(WIDTH)).isTrue();
		String text = browser.text(By.tagName("main"));
		assertThat(text).contains("Liste diplomatique", "À la fin du 1er juillet 2021", "Autriche · " + name, personName,
				"Agent diplomatique · arrivée : 1er février 2021");
		// Missions' names are the registry's data, in whatever language other tests gave them: only the page's own words count.
		String own = text.lines()
			.filter(line -> !line.matches(".+ · .+") || line.contains("arrivée"))
			.collect(java.util.stream.Collectors.joining("\n"))
			.replace(personName, "")
			.replace("Counsellor", "")
			.replace("Liaison", "");
		assertThat(ENGLISH.matcher(own).results().map(found -> found.group())).as(own).isEmpty();
	}

	@Test
	void aDayThatCannotBeReadIsSaidAtTheField() {
		browser.open(api.baseUrl() + "/public/diplomatic-list?date=2021-02-30&lang=fr");

		assertThat(browser.text(By.id("error-summary"))).contains("2021-02-30");
		assertThat(browser.present(By.id("list-as-of"))).isFalse();
	}

	@Test
	void aKeeperRecordsTheMissionsContactOnItsSummary() {
		String mission = fixtures.mission("AUT", "2021-01-01");
		browser.logIn(api.baseUrl(), TestAccounts.ADMIN_NAME, TestAccounts.ADMIN_PASSWORD);
		browser.open(api.baseUrl() + "/missions/" + mission + "?lang=en");
		browser.check("contact-open");
		browser.type("contact-email", "protocol at example");
		browser.submit("contact");

		assertThat(browser.text(By.id("error-summary"))).contains("must be an e-mail address such as protocol@example.org");

		browser.type("contact-email", "protocol@aut-mission.example");
		browser.type("contact-address", "Boulevard Léopold III\n1110 Brussels");
		browser.submit("contact");

		assertThat(browser.text(By.id("mission-contact"))).contains("protocol@aut-mission.example", "1110 Brussels");
		assertThat(api.get("/api/missions/" + mission + "/contact").json().path("address").asString())
			.isEqualTo("Boulevard Léopold III\n1110 Brussels");
	}
}
