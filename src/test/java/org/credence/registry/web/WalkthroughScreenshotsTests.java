package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The pictures of the README's walkthrough, taken from the real pages on every run so that they
 * never lie: a mission whose ceiling a council decision cut, the answers of the member states to
 * that decision, and the journal verified.
 */
@CredenceTest
class WalkthroughScreenshotsTests {

	private static final Path DOCS = Path.of("docs");

	private static Browser browser;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void quitBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theMissionChartTheAnswersAndTheVerifiedJournal() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2017-01-01", 10);
		for (String arrival : List.of("2017-02-01", "2017-02-01", "2017-05-01", "2018-01-15", "2019-06-01", "2020-03-01")) {
			fixtures.member(mission, arrival);
		}
		String withdrawn = fixtures.member(mission, "2019-09-01");
		String decision = api.post("/api/decisions", Fixtures.json("grounds", "Activities incompatible with diplomatic status",
				"classification", "NATO UNCLASSIFIED", "effectiveDate", "2021-11-01", "acts", List.of(
						Map.of("kind", "WITHDRAW", "accreditationId", withdrawn, "departureDeadline", "2021-10-31"),
						Map.of("kind", "SET_CEILING", "missionId", mission, "total", 5)))).id();
		assertThat(api.post("/api/decisions/" + decision + "/circulation", Fixtures.json("deadline", "2021-10-20T12:00"))
			.status()).isEqualTo(200);
		for (String state : List.of("FRA", "DEU", "ITA", "BEL", "NLD")) {
			clock.set(clock.instant().plus(Duration.ofHours(5)));
			Api delegate = api.as(accounts.user(Role.MEMBER_STATE_DELEGATE, null, state).token());
			assertThat(delegate.post("/api/decisions/" + decision + "/answers", "{\"answer\": \"CONCUR\"}").status())
				.isEqualTo(200);
		}
		// The scheduler applies the decision once the clock passes its effective instant.
		clock.set(Instant.parse("2021-10-31T23:00:00Z"));
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.until(() -> !api.get("/api/decisions/" + decision).json().path("appliedAt").isNull());
		clock.set(Instant.parse("2022-02-15T10:00:00Z"));

		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		browser.logIn(api.baseUrl(), officer.name(), officer.password());
		browser.open(api.baseUrl() + "/missions/" + mission + "?lang=en");
		assertThat(browser.present(By.cssSelector("#strength-chart .decision"))).isTrue();
		browser.screenshot(By.cssSelector("section[aria-labelledby=strength-chart-heading]"), DOCS.resolve("mission-chart.png"));
		browser.open(api.baseUrl() + "/decisions/" + decision + "?lang=en");
		assertThat(browser.text(By.id("answer-counts"))).startsWith("5 concurred");
		browser.screenshot(By.id("main"), DOCS.resolve("decision-answers.png"));

		TestAccounts.User auditor = accounts.user(Role.AUDITOR);
		browser.logIn(api.baseUrl(), auditor.name(), auditor.password());
		browser.open(api.baseUrl() + "/journal?subject=" + decision + "&lang=en");
		assertThat(browser.text(By.id("verification-status"))).startsWith("The chain verifies");
		browser.screenshot(By.id("main"), DOCS.resolve("journal-verified.png"));

		assertThat(List.of("mission-chart.png", "decision-answers.png", "journal-verified.png"))
			.allSatisfy(name -> assertThat(Files.size(DOCS.resolve(name))).isGreaterThan(1000));
	}
}
