package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

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
 * A principal's household and the age-limit list on a phone 390 CSS pixels wide, in both languages:
 * no page wider than the window, axe-core finding nothing, and a member added through the form.
 */
@CredenceTest
class HouseholdBrowserTests {

	private static final int WIDTH = 390;

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
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
	}

	@Test
	void aMemberIsAddedInFrenchOnAPhone() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String principal = fixtures.member(mission, "2021-03-01");
		String spouse = fixtures.person("RUS");
		browser.logIn(api.baseUrl(), TestAccounts.ADMIN_NAME, TestAccounts.ADMIN_PASSWORD);

		browser.open(api.baseUrl() + "/accreditations/" + principal + "/household?lang=fr");
		assertThat(browser.language()).isEqualTo("fr");
		assertThat(browser.fitsWidth(WIDTH)).as("the household page in French").isTrue();
		// Among many persons, the spouse is found by a part of the name before being chosen.
		String name = api.get("/api/persons/" + spouse).json().path("nameLatin").asString();
		browser.type("household-find-text", name);
		browser.submit("household-find");
		assertThat(browser.text(By.id("household-find-found"))).contains(name);
		browser.choose("household-personId", spouse);
		browser.choose("household-relation", "SPOUSE_OR_PARTNER");
		browser.date("household-linkedFrom", "2010-05-01");
		browser.date("household-arrivalDate", "2021-03-01");
		browser.submit("household");

		assertThat(browser.text(By.id("household-table"))).contains("Conjoint ou partenaire", "Demandée");
		assertThat(browser.fitsWidth(WIDTH)).as("the household with a member").isTrue();
		assertThat(api.get("/api/accreditations/" + principal + "/household").json().get(0).path("personId").asString())
			.isEqualTo(spouse);
		for (String language : List.of("en", "fr")) {
			browser.open(api.baseUrl() + "/households/age-limit?lang=" + language);
			assertThat(browser.fitsWidth(WIDTH)).as("the age-limit list in " + language).isTrue();
		}
	}
}
