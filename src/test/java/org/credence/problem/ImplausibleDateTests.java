package org.credence.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * Dates from 1900-01-01 to 100 years after today are accepted, in bodies, query parameters and
 * forms alike; year 0, year -1 or 9999-12-31 are typing errors refused naming the field. And a
 * mission page stays small however old the mission: its chart covers 30 years at most.
 */
@CredenceTest
class ImplausibleDateTests {

	static final String RULE = "must be from 1900-01-01 to 2126-10-06";

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void now() {
		clock.set(Instant.parse("2026-10-06T10:00:00Z"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0000-01-01", "-0001-01-01", "+10000-01-01", "9999-12-31", "1899-12-31", "2126-10-07" })
	void anImplausibleDateInABodyIsRefusedNamingTheField(String day) {
		int missions = api.get("/api/missions").json().size();

		Map<String, String> errors = assertInvalid(api.post("/api/missions", json("sendingState", "RUS", "name",
				"Mission of " + day, "kind", "EMBASSY", "establishedOn", day)));

		assertThat(errors).containsExactly(Map.entry("establishedOn", RULE));
		assertThat(api.get("/api/missions").json().size()).isEqualTo(missions);
	}

	@Test
	void theEdgesOfTheRangeAreAccepted() {
		fixtures.mission("RUS", "1900-01-01");
		fixtures.mission("RUS", "2126-10-06");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0000-01-01", "-0001-01-01T00:00:00Z", "9999-12-31", "+10000-01-01T00:00:00+01:00" })
	void anImplausibleAsOfIsRefused(String asOf) {
		String mission = fixtures.mission("RUS", "2017-01-01");

		assertThat(assertInvalid(api.get("/api/missions/" + mission + "/strength?asOf=" + asOf.replace("+", "%2B"))))
			.containsExactly(Map.entry("asOf", RULE));
	}

	@Test
	void anImplausibleDateInAQueryParameterIsRefused() {
		assertThat(assertInvalid(api.get("/api/host?membersOn=0000-01-01"))).containsExactly(Map.entry("membersOn", RULE));
	}

	@Test
	void anImplausibleDateInAFormIsRefusedNextToTheField() {
		String name = "Mission of year zero " + clock.instant().toEpochMilli();

		Pages.Page refused = new Pages(api.baseUrl()).post("/missions?lang=en", Map.of("sendingState", "RUS", "name", name,
				"kind", "EMBASSY", "establishedOn", "0000-01-01"));

		assertThat(refused.html()).contains("id=\"mission-establishedOn-error\"", "from 1900-01-01");
		assertThat(api.get("/api/missions").text()).doesNotContain(name);
	}

	@Test
	void aMissionPageIsBoundedHoweverOldTheMission() {
		String mission = fixtures.mission("RUS", "1900-01-01");

		String html = new Pages(api.baseUrl()).get("/missions/" + mission).html();

		assertThat(html.split("<tr data-day=").length - 1).isBetween(30 * 12, 30 * 12 + 2);
		assertThat(html).contains("<tr data-day=\"2026-10-01\"").doesNotContain("<tr data-day=\"1990-01-01\"");
		assertThat(html.length()).isLessThan(300_000);
	}
}
