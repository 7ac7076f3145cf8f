package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The silence procedure in a real browser: a protocol officer drafts and circulates a council
 * decision, then two delegates answer it for their own states, and the decision page shows the
 * answers state by state. The test clock stands at 2021-10-06 12:00 in Brussels.
 */
@CredenceTest
class DecisionBrowserTests {

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
	void anOfficerCirculatesACouncilDecisionAndTwoDelegatesAnswerItStateByState() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2018-03-27", 20);
		String member = fixtures.member(mission, "2021-01-01");
		String person = api.get("/api/accreditations/" + member).json().get("personId").asString();
		String name = api.get("/api/persons/" + person).json().get("nameLatin").asString();

		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		browser.logIn(api.baseUrl(), officer.name(), officer.password());
		browser.open(api.baseUrl() + "/missions?lang=en");
		browser.press(By.linkText("Decisions"));
		browser.choose("choose-mission", mission);
		browser.submit("choose");
		browser.check("draft-withdraw-" + member);
		browser.date("draft-departureDeadline", "2021-10-31");
		browser.type("draft-total", "10");
		browser.check("draft-effectiveEndOfMonth");
		browser.type("draft-grounds", "Undeclared intelligence officers");
		browser.type("draft-classification", "NATO UNCLASSIFIED");
		browser.submit("draft");
		assertThat(browser.text(By.tagName("h1"))).startsWith("Ceiling of 10 and 1 withdrawal — ");
		assertThat(browser.text(By.id("decision-reference"))).matches("Council decision 2021-\\d+ \\(ceiling 10, 1 withdrawal\\)");
		assertThat(browser.text(By.id("acts"))).contains("Withdraw the accreditation of " + name, "who must leave by 31 October 2021",
				"to 10 positions");
		assertThat(browser.text(By.id("decision-effective"))).isEqualTo("1 November 2021, 00:00 Brussels time");

		browser.date("circulation-deadline", "2021-10-20T12:00");
		browser.submit("circulation");
		assertThat(browser.text(By.id("decision-status"))).isEqualTo("Circulated");
		assertThat(browser.text(By.id("decision-deadline"))).isEqualTo("20 October 2021, 12:00 Brussels time");
		String decisionPage = browser.url();
		String decision = decisionPage.substring(decisionPage.lastIndexOf('/') + 1);

		TestAccounts.User french = accounts.user(Role.MEMBER_STATE_DELEGATE, null, "FRA");
		browser.logIn(api.baseUrl(), french.name(), french.password());
		browser.press(By.id("nav-inbox"));
		assertThat(browser.text(By.id("awaiting-" + decision))).contains("Answer by 20 October 2021, 12:00 Brussels time", name);
		browser.submit("concur-" + decision);
		assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("Your state concurs.");
		assertThat(browser.text(By.id("decision-status"))).isEqualTo("Circulated");
		assertThat(browser.text(By.id("answer-counts"))).startsWith("1 concurred, 29 silent so far, 0 broke silence");

		TestAccounts.User german = accounts.user(Role.MEMBER_STATE_DELEGATE, null, "DEU");
		browser.logIn(api.baseUrl(), german.name(), german.password());
		browser.open(decisionPage);
		assertThat(browser.text(By.id("answer-heading"))).isEqualTo("The answer of Germany");
		browser.type("break-" + decision + "-statement", "Germany asks for the evidence first.");
		browser.submit("break-" + decision);
		assertThat(browser.text(By.id("decision-status"))).isEqualTo("Not adopted");

		browser.logIn(api.baseUrl(), officer.name(), officer.password());
		browser.open(decisionPage);
		assertThat(browser.text(By.id("answer-FRA"))).contains("France", "Concurred", french.name(), "6 October 2021, 12:00 Brussels time");
		assertThat(browser.text(By.id("answer-DEU"))).contains("Germany", "Broke silence",
				"Germany asks for the evidence first.", german.name());
		assertThat(browser.text(By.id("answer-ITA"))).contains("Italy", "No answer yet");
		assertThat(browser.text(By.id("answer-counts"))).startsWith("1 concurred, 28 silent so far, 1 broke silence, of 30");
		assertThat(browser.text(By.id("decision-outcome"))).isEqualTo("Not adopted at 6 October 2021, 12:00 Brussels time");
		assertThat(browser.present(By.id("revise"))).isTrue();
	}
}
