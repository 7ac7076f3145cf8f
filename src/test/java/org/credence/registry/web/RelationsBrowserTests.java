package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.MutableClock;

/**
 * The relations register in a real browser, as the issue asks: a protocol officer records an
 * incident and its source on the pages, then finds it on the timeline between the two states.
 * Here because the browser helper is this package's; Latvia and Belarus are this test's own pair.
 */
@CredenceTest
class RelationsBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	Api api;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Test
	void aProtocolOfficerRecordsAnIncidentWithASourceAndSeesItOnTheTimeline() {
		clock.set(Instant.parse("2022-01-01T08:00:00Z"));
		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		browser.logIn(api.baseUrl(), officer.name(), officer.password());
		String title = "Latvia expels Belarusian diplomats " + UUID.randomUUID();

		browser.open(api.baseUrl() + "/incidents?lang=en");
		browser.choose("incident-kind", "EXPULSION");
		browser.type("incident-title", title);
		browser.choose("incident-acting", "LVA");
		browser.choose("incident-affected", "BLR");
		browser.date("incident-occurredOn", "2021-05-24");
		browser.date("incident-deadlineToLeave", "2021-05-26");
		browser.type("incident-counts[DIPLOMATIC_AGENT]", "2");
		browser.type("incident-classification", "NATO UNCLASSIFIED");
		browser.submit("incident");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(title);
		assertThat(browser.text(By.cssSelector("[role=status]"))).contains("is recorded");

		browser.type("citation-fact", "Two diplomats expelled");
		browser.choose("citation-stance", "CONFIRMS");
		browser.type("citation-publisher", "LSM");
		browser.date("citation-publishedOn", "2021-05-24");
		browser.type("citation-title", "Latvia expels two Belarusian diplomats");
		browser.type("citation-address", "https://eng.lsm.lv/");
		browser.submit("citation");
		assertThat(browser.text(By.id("standings"))).contains("Two diplomats expelled", "confirmed",
				"first reported by LSM", "confirmed by LSM");

		browser.open(api.baseUrl() + "/relations/timeline?lang=en");
		browser.choose("timeline-between", "BLR");
		browser.choose("timeline-and", "LVA");
		browser.date("timeline-from", "2021-05-01");
		browser.date("timeline-to", "2021-05-31");
		browser.submit("timeline");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Timeline: Belarus and Latvia");
		assertThat(browser.text(By.id("steps"))).contains(title, "Latvia → Belarus: Expulsion, 2 persons");
		assertThat(browser.text(By.id("sides-table"))).contains("Latvia → Belarus 1 2");
	}
}
