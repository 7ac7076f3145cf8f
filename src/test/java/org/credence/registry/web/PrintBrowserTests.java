package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
 * A mission's members and a decision printed from the browser: a clean document, without the
 * navigation, the language links, the skip link, forms or buttons.
 */
@CredenceTest
class PrintBrowserTests {

	private static final By PAGE_MACHINERY = By.cssSelector(".skip-link, .site-nav, .languages, form, button, nav.tabs, nav.pager");

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Test
	void aMissionsMembersAndADecisionPrintAsDocuments() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		String mission = fixtures.mission("RUS", "2017-01-01");
		String member = fixtures.member(mission, "2021-01-01");
		Api.Response decision = api.post("/api/decisions", json("grounds", "Conduct", "classification", "NATO RESTRICTED",
				"acts", List.of(Map.of("kind", "WITHDRAW", "accreditationId", member, "departureDeadline", "2021-10-31"))));
		assertThat(decision.status()).as(decision.text()).isEqualTo(201);
		browser.logIn(api.baseUrl(), TestAccounts.ADMIN_NAME, TestAccounts.ADMIN_PASSWORD);

		browser.open(api.baseUrl() + "/missions/" + mission + "/members?lang=en");
		assertThat(browser.present(By.id("members"))).as("the filter form on the screen").isTrue();
		assertThat(browser.printed(By.id("members-table"))).isTrue();
		assertThat(browser.printed(By.tagName("h1"))).isTrue();
		assertThat(browser.printed(PAGE_MACHINERY)).isFalse();

		browser.open(api.baseUrl() + "/decisions/" + decision.id() + "?lang=fr");
		assertThat(browser.printed(By.id("acts"))).isTrue();
		assertThat(browser.printed(PAGE_MACHINERY)).isFalse();
	}
}
