package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import org.credence.security.PresetAccounts;
import org.credence.security.Role;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.EmptyDatabase;

/**
 * The pictures of the README's walkthrough, taken from the real pages on every run so that they
 * never lie, on a server started on an empty database with the demo data, as a newcomer sees it:
 * the Russian mission's strength against its ceiling, the answers of the member states to the
 * October 2021 decision, and the journal verified.
 */
@CredenceTest
class WalkthroughScreenshotsTests {

	private static final Path DOCS = Path.of("docs");

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	Api api;

	@Autowired
	DataSource dataSource;

	@Test
	void theDemoMissionChartTheAnswersAndTheVerifiedJournal() {
		try (EmptyDatabase database = new EmptyDatabase(dataSource);
				ConfigurableApplicationContext demo = database.start(true)) {
			Api auditorApi = api.to(demo.getEnvironment()).as(EmptyDatabase.auditorToken());
			String base = auditorApi.baseUrl();
			String mission = auditorApi.get("/api/missions").json().valueStream()
				.filter(m -> m.path("sendingState").asString().equals("RUS"))
				.findFirst().orElseThrow().path("id").asString();
			String decision = auditorApi.get("/api/decisions?status=ADOPTED").json().valueStream()
				.filter(d -> "2021-10-06".equals(d.path("circulatedOn").asString()))
				.findFirst().orElseThrow().path("id").asString();
			PresetAccounts accounts = demo.getBean(PresetAccounts.class);
			String officer = accounts.create("walkthrough.officer", Role.PROTOCOL_OFFICER, null, null);
			String auditor = accounts.create("walkthrough.auditor", Role.AUDITOR, null, null);

			browser.logIn(base, "walkthrough.officer", officer);
			browser.open(base + "/missions/" + mission + "?lang=en");
			assertThat(browser.present(By.cssSelector("#strength-chart .decision"))).isTrue();
			browser.screenshot(By.cssSelector("section[aria-labelledby=strength-chart-heading]"), DOCS.resolve("mission-chart.png"));
			browser.open(base + "/decisions/" + decision + "?lang=en");
			assertThat(browser.text(By.id("answer-counts"))).startsWith("30 concurred");
			browser.screenshot(By.id("main"), DOCS.resolve("decision-answers.png"));

			browser.logIn(base, "walkthrough.auditor", auditor);
			browser.open(base + "/journal?subject=" + decision + "&lang=en");
			assertThat(browser.text(By.id("verification-status"))).startsWith("The chain verifies");
			browser.screenshot(By.id("main"), DOCS.resolve("journal-verified.png"));
		}
		assertThat(List.of("mission-chart.png", "decision-answers.png", "journal-verified.png"))
			.allSatisfy(name -> assertThat(Files.size(DOCS.resolve(name))).isGreaterThan(1000));
	}
}
