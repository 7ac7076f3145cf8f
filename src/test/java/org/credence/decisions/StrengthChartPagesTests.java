package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The mission page draws the strength against the ceiling from the establishment on, until a year
 * after a suspension, with the decision that cut the ceiling marked on it, and says the same in a table.
 */
@CredenceTest
class StrengthChartPagesTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DecisionEnactment enactment;

	@Autowired
	MutableClock clock;

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void theChartFollowsTheStrengthAndTheCeilingWithTheDecisionMarked(String lang) {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		CouncilDecisions council = new CouncilDecisions(api, clock, enactment);
		String mission = fixtures.mission("RUS", "2020-01-01");
		fixtures.ceiling(mission, "2020-01-01", 4);
		fixtures.member(mission, "2020-03-01");
		fixtures.member(mission, "2020-03-01");
		fixtures.member(mission, "2020-03-15");
		council.applied("Reciprocity", "2021-11-01",
				List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 2)));
		assertThat(api.post("/api/missions/" + mission + "/status",
				Fixtures.json("status", "SUSPENDED", "effectiveOn", "2022-01-01")).status()).isEqualTo(201);
		clock.set(Instant.parse("2023-03-10T08:00:00Z"));

		String html = new Pages(api.baseUrl()).get("/missions/" + mission + "?lang=" + lang).html();

		assertThat(html).doesNotContain("??").contains("<svg", "id=\"strength-chart\"", "<title id=\"strength-chart-title\"",
				"<desc id=\"strength-chart-desc\"", lang.equals("fr") ? "Effectif et plafond" : "Strength against ceiling");
		assertThat(row(html, "2020-01-01")).contains("<td>0</td>", "<td>4</td>");
		assertThat(row(html, "2020-03-01")).contains("<td>2</td>", "<td>4</td>");
		assertThat(row(html, "2020-04-01")).contains("<td>3</td>", "<td>4</td>");
		assertThat(row(html, "2021-11-01")).contains("<td>3</td>", "<td>2</td>");
		assertThat(row(html, "2021-12-01")).contains("<td>3</td>", "<td>2</td>");
		// Frozen by the suspension, shown for a year after it.
		assertThat(row(html, "2022-12-01")).contains("<td>3</td>", "<td>2</td>");
		assertThat(html).doesNotContain("<tr data-day=\"2023-01-01\"").doesNotContain("<tr data-day=\"2023-02-01\"");
		assertThat(html).containsOnlyOnce("class=\"decision\" data-day=\"2021-11-01\"")
			.contains(lang.equals("fr") ? "1. 1er novembre 2021\u00a0: décision du Conseil entrée en vigueur"
					: "1. 1 November 2021: decision of the council took effect");
		assertThat(html).contains(">2020</text>", ">2021</text>");
	}

	private static String row(String html, String day) {
		int start = html.indexOf("<tr data-day=\"" + day + "\"");
		assertThat(start).as(day).isPositive();
		return html.substring(start, html.indexOf("</tr>", start));
	}
}
