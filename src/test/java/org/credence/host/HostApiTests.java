package org.credence.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.ProblemAssertions.assertInvalid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.MutableClock;

/** The receiving party's dated membership, its time zone, and the ISO 3166-1 reference data. */
@CredenceTest
class HostApiTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Test
	void natoHas32MembersTodayInBrussels() {
		clock.set(Instant.parse("2025-06-01T10:00:00Z"));

		JsonNode host = api.get("/api/host").json();

		assertThat(host.path("nameEn").asString()).isEqualTo("North Atlantic Treaty Organization");
		assertThat(host.path("nameFr").asString()).isEqualTo("Organisation du Traité de l'Atlantique Nord");
		assertThat(host.path("kind").asString()).isEqualTo("ORGANIZATION");
		assertThat(host.path("timeZone").asString()).isEqualTo("Europe/Brussels");
		assertThat(host.path("membersOn").asString()).isEqualTo("2025-06-01");
		assertThat(host.path("members").size()).isEqualTo(32);
		assertThat(codes(host)).contains("FIN", "SWE", "MKD", "USA");
	}

	@Test
	void todayIsTheDayInBrusselsNotInUtc() {
		clock.set(Instant.parse("2023-04-03T22:30:00Z"));

		JsonNode host = api.get("/api/host").json();

		assertThat(host.path("membersOn").asString()).isEqualTo("2023-04-04");
		assertThat(codes(host)).contains("FIN").hasSize(31);
	}

	@Test
	void thirtyMembersDecidedOn6October2021() {
		JsonNode host = api.get("/api/host?membersOn=2021-10-06").json();

		assertThat(host.path("members").size()).isEqualTo(30);
		assertThat(codes(host)).contains("MKD", "MNE").doesNotContain("FIN", "SWE");
		JsonNode macedonia = member(host, "MKD");
		assertThat(macedonia.path("joined").asString()).isEqualTo("2020-03-27");
		assertThat(macedonia.path("nameEn").asString()).isEqualTo("North Macedonia");
	}

	@Test
	void twentyNineMembersOn27March2018() {
		JsonNode host = api.get("/api/host?membersOn=2018-03-27").json();

		assertThat(host.path("members").size()).isEqualTo(29);
		assertThat(codes(host)).doesNotContain("MKD", "FIN", "SWE");
	}

	@Test
	void membersJoinOnTheirAccessionDay() {
		assertThat(api.get("/api/host?membersOn=2020-03-26").json().path("members").size()).isEqualTo(29);
		assertThat(api.get("/api/host?membersOn=2020-03-27").json().path("members").size()).isEqualTo(30);
		assertThat(api.get("/api/host?membersOn=2023-04-04").json().path("members").size()).isEqualTo(31);
		assertThat(api.get("/api/host?membersOn=2024-03-06").json().path("members").size()).isEqualTo(31);
		assertThat(api.get("/api/host?membersOn=2024-03-07").json().path("members").size()).isEqualTo(32);
		assertThat(api.get("/api/host?membersOn=1949-08-24").json().path("members").size()).isEqualTo(12);
	}

	@Test
	void anImpossibleDayIsABadRequestNamingTheParameter() {
		assertThat(assertInvalid(api.get("/api/host?membersOn=2021-02-30"))).containsOnlyKeys("membersOn");
	}

	@Test
	void theStatesHaveEnglishAndFrenchNames() {
		JsonNode states = api.get("/api/states").json();

		assertThat(states.size()).isGreaterThan(240);
		JsonNode russia = null;
		for (JsonNode state : states) {
			if ("RUS".equals(state.path("code").asString())) {
				russia = state;
			}
		}
		assertThat(russia).isNotNull();
		assertThat(russia.path("nameEn").asString()).isEqualTo("Russia");
		assertThat(russia.path("nameFr").asString()).isEqualTo("Russie");
	}

	private static List<String> codes(JsonNode host) {
		List<String> codes = new ArrayList<>();
		host.path("members").forEach(member -> codes.add(member.path("state").asString()));
		return codes;
	}

	private static JsonNode member(JsonNode host, String code) {
		for (JsonNode member : host.path("members")) {
			if (code.equals(member.path("state").asString())) {
				return member;
			}
		}
		throw new AssertionError(code + " is not a member");
	}
}
