package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * Decisions named for readers: a reference numbered per authority and year from drafting, kept by a
 * revision, and a title that says what the decision does, in English and French with plurals. The
 * clock stands in 2031, a year no other test drafts in, so that the numbers are known.
 */
@CredenceTest
class DecisionReferenceTests {

	private static final Pattern NUMBER = Pattern.compile("decision 2031-(\\d+)");

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	String mission;

	String missionName;

	String first;

	String second;

	@BeforeEach
	void aMissionWithTwoMembers() {
		clock.set(Instant.parse("2031-03-01T10:00:00Z"));
		mission = fixtures.mission("RUS", "2017-01-01");
		missionName = api.get("/api/missions/" + mission).json().path("name").asString();
		first = fixtures.member(mission, "2030-01-01");
		second = fixtures.member(mission, "2030-02-01");
	}

	@Test
	void numbersArePerAuthorityAndYearAndARevisionKeepsItsNumber() {
		JsonNode council = draft(List.of(ceiling(10), withdrawal(first), withdrawal(second)), null);
		int number = number(council);
		assertThat(council.path("reference").asString())
			.isEqualTo("Council decision 2031-" + number + " (ceiling 10, 2 withdrawals)");
		assertThat(council.path("title").asString()).isEqualTo("Ceiling of 10 and 2 withdrawals — " + missionName);

		JsonNode next = draft(List.of(ceiling(8)), null);
		assertThat(next.path("reference").asString()).isEqualTo("Council decision 2031-" + (number + 1) + " (ceiling 8)");

		JsonNode executive = draft(List.of(withdrawal(first)), null);
		assertThat(executive.path("reference").asString()).matches("Executive decision 2031-\\d+ \\(1 withdrawal\\)");
		assertThat(executive.path("title").asString()).isEqualTo("1 withdrawal — " + missionName);

		assertThat(api.post("/api/decisions/" + council.path("id").asString() + "/withdrawal", "{}").status()).isEqualTo(200);
		JsonNode revised = draft(List.of(ceiling(9), withdrawal(second)), council.path("id").asString());
		assertThat(revised.path("reference").asString())
			.isEqualTo("Council decision 2031-" + number + ", version 2 (ceiling 9, 1 withdrawal)");
		assertThat(api.get("/api/decisions/" + revised.path("id").asString()).json().path("title").asString())
			.isEqualTo("Ceiling of 9 and 1 withdrawal — " + missionName);
	}

	@Test
	void theDecisionPageNamesItInTheReadersLanguage() {
		JsonNode council = draft(List.of(ceiling(10), withdrawal(first), withdrawal(second)), null);
		int number = number(council);
		Pages pages = new Pages(api.baseUrl());

		String french = pages.get("/decisions/" + council.path("id").asString() + "?lang=fr").html();
		String english = pages.get("/decisions/" + council.path("id").asString() + "?lang=en").html();

		assertThat(french).contains("<h1>Plafond de 10 et 2 retraits — " + missionName + "</h1>",
				"Décision du Conseil 2031-" + number + " (plafond 10, 2 retraits)");
		assertThat(english).contains("<h1>Ceiling of 10 and 2 withdrawals — " + missionName + "</h1>");
		JsonNode one = draft(List.of(ceiling(7), withdrawal(first)), null);
		assertThat(pages.get("/decisions/" + one.path("id").asString() + "?lang=fr").html())
			.contains("Plafond de 7 et 1 retrait — ", "(plafond 7, 1 retrait)");
	}

	private JsonNode draft(List<Object> acts, String replaces) {
		Api.Response drafted = api.post("/api/decisions", json("grounds", "Reciprocity", "classification",
				"NATO RESTRICTED", "effectiveDate", "2031-04-01", "acts", acts, "replaces", replaces));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		return drafted.json();
	}

	private Map<String, Object> ceiling(int total) {
		return Map.of("kind", "SET_CEILING", "missionId", mission, "total", total);
	}

	private static Map<String, Object> withdrawal(String accreditation) {
		return Map.of("kind", "WITHDRAW", "accreditationId", accreditation, "departureDeadline", "2031-03-31");
	}

	private static int number(JsonNode decision) {
		Matcher matcher = NUMBER.matcher(decision.path("reference").asString());
		assertThat(matcher.find()).as(decision.toString()).isTrue();
		return Integer.parseInt(matcher.group(1));
	}
}
