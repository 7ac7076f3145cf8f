package org.credence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * VCDR art. 11: a request is refused when it would take the mission above the ceiling in force on
 * its start date or above one already adopted for a later date, in all or in its category; a mission
 * over a lower ceiling takes no one until it is back under.
 */
@CredenceTest
class CeilingRulesTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void now() {
		clock.set(Instant.parse("2021-11-10T10:00:00Z"));
	}

	@Test
	void theCeilingInForceOnTheStartDateRefusesOneMore() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2018-03-27", 20);
		fixtures.ceiling(mission, "2021-11-01", 10);
		for (int i = 0; i < 10; i++) {
			fixtures.member(mission, "2021-02-01");
		}
		String request = fixtures.request(mission, "2021-11-05");

		JsonNode problem = assertProblem(approve(request), 422, "/problems/ceiling-exceeded");

		assertThat(problem.path("detail").asString()).isEqualTo(
				"The request cannot be approved: the ceiling of 10 positions in force from 2021-11-01 would be exceeded: 10 held.");
		assertThat(problem.path("rule").asString()).isEqualTo("VCDR art. 11: ceiling");
		assertThat(status(request)).isEqualTo("REQUESTED");
		JsonNode strength = strength(mission, "2021-11-05");
		assertThat(strength.path("held").asInt()).isEqualTo(10);
		assertThat(strength.path("ceiling").path("total").asInt()).isEqualTo(10);
		assertThat(strength.path("ceiling").path("effectiveFrom").asString()).isEqualTo("2021-11-01T00:00:00+01:00");
	}

	@Test
	void aRequestStartingBeforeTheLowerCeilingIsJudgedAgainstTheCeilingThenButAlsoTheLaterOne() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2018-03-27", 20);
		fixtures.ceiling(mission, "2021-11-01", 2);
		fixtures.member(mission, "2021-01-01");
		fixtures.member(mission, "2021-01-01");
		String request = fixtures.request(mission, "2021-10-10");
		assertThat(strength(mission, "2021-10-10").path("held").asInt()).as("it fits the ceiling of 20 today")
			.isEqualTo(2);

		JsonNode problem = assertProblem(approve(request), 422, "/problems/ceiling-exceeded");

		assertThat(problem.path("detail").asString()).isEqualTo("The request cannot be approved: the ceiling of 2 positions "
				+ "adopted for 2021-11-01 would be exceeded: 2 held on 2021-11-01.");
		assertThat(status(request)).isEqualTo("REQUESTED");
		assertThat(strength(mission, "2021-10-10").path("held").asInt()).isEqualTo(2);
	}

	@Test
	void aRequestThatFitsEveryCeilingIsApproved() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2018-03-27", 20);
		fixtures.ceiling(mission, "2021-11-01", 2);
		fixtures.member(mission, "2021-01-01");
		String request = fixtures.request(mission, "2021-11-05");

		Api.Response approval = approve(request);

		assertThat(approval.status()).as(approval.text()).isEqualTo(200);
		assertThat(approval.json().path("status").asString()).isEqualTo("ACTIVE");
		assertThat(approval.json().path("start").asString()).isEqualTo("2021-11-05T00:00:00+01:00");
		JsonNode strength = strength(mission, "2021-11-05");
		assertThat(strength.path("held").asInt()).isEqualTo(2);
		assertThat(strength.path("overCeiling").asBoolean()).isFalse();
	}

	@Test
	void aCategoryCeilingRefusesThatCategoryOnly() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		assertThat(api.post("/api/missions/" + mission + "/ceilings", json("effectiveOn", "2021-01-01", "total", 10,
				"categories", Map.of("DIPLOMATIC_AGENT", 1))).status()).isEqualTo(201);
		fixtures.member(mission, "2021-02-01");
		String diplomat = fixtures.request(mission, "2021-11-05");
		String driver = arrival(mission, "SERVICE_STAFF", "2021-11-05");

		JsonNode problem = assertProblem(approve(diplomat), 422, "/problems/ceiling-exceeded");

		assertThat(problem.path("detail").asString()).isEqualTo("The request cannot be approved: the ceiling of 1 "
				+ "DIPLOMATIC_AGENT positions in force from 2021-01-01 would be exceeded: 1 held.");
		assertThat(approve(driver).status()).isEqualTo(200);
		JsonNode strength = strength(mission, "2021-11-05");
		assertThat(strength.path("held").asInt()).isEqualTo(2);
		assertThat(strength.path("heldByCategory").path("DIPLOMATIC_AGENT").asInt()).isEqualTo(1);
		assertThat(strength.path("heldByCategory").path("SERVICE_STAFF").asInt()).isEqualTo(1);
		assertThat(strength.path("ceiling").path("categories").path("DIPLOMATIC_AGENT").asInt()).isEqualTo(1);
	}

	@Test
	void aLowerCategoryCeilingShowsTheExcessInThatCategory() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2021-01-01", 10);
		fixtures.member(mission, "2021-02-01");
		fixtures.member(mission, "2021-02-01");
		assertThat(api.post("/api/missions/" + mission + "/ceilings", json("effectiveOn", "2021-11-01", "total", 10,
				"categories", Map.of("DIPLOMATIC_AGENT", 1))).status()).isEqualTo(201);

		JsonNode strength = strength(mission, "2021-11-01");

		assertThat(strength.path("excess").asInt()).isZero();
		assertThat(strength.path("categoryExcess").path("DIPLOMATIC_AGENT").asInt()).isEqualTo(1);
		assertThat(strength.path("overCeiling").asBoolean()).isTrue();
		assertThat(strength(mission, "2021-10-31").path("overCeiling").asBoolean()).isFalse();
	}

	@Test
	void aCategoryCeilingAboveTheTotalIsRefused() {
		String mission = fixtures.mission("RUS", "2017-01-01");

		Map<String, String> errors = assertInvalid(api.post("/api/missions/" + mission + "/ceilings",
				json("effectiveOn", "2021-11-01", "total", 10, "categories", Map.of("SERVICE_STAFF", 11))));

		assertThat(errors).containsExactly(Map.entry("categories.SERVICE_STAFF", "must not exceed the total of 10 positions"));
		assertThat(api.get("/api/missions/" + mission + "/ceilings").json().size()).isZero();
	}

	@Test
	void aSecondCeilingFromTheSameDayIsADuplicate() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2021-11-01", 10);

		JsonNode problem = assertProblem(api.post("/api/missions/" + mission + "/ceilings",
				json("effectiveOn", "2021-11-01", "total", 8)), 409, "/problems/duplicate");

		assertThat(problem.path("detail").asString()).isEqualTo("A ceiling from 2021-11-01 is already set for this mission.");
		JsonNode ceilings = api.get("/api/missions/" + mission + "/ceilings").json();
		assertThat(ceilings.size()).isEqualTo(1);
		assertThat(ceilings.get(0).path("total").asInt()).isEqualTo(10);
	}

	@Test
	void aLowerCeilingPutsTheMissionOverCeilingUntilDeparturesBringItBackUnder() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2018-03-27", 5);
		List<String> members = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			members.add(fixtures.member(mission, "2021-02-01"));
		}
		fixtures.ceiling(mission, "2021-11-01", 2);

		JsonNode over = strength(mission, null);
		assertThat(over.path("held").asInt()).isEqualTo(4);
		assertThat(over.path("excess").asInt()).isEqualTo(2);
		assertThat(over.path("overCeiling").asBoolean()).isTrue();
		assertThat(api.get("/api/missions/" + mission + "/members").json().size()).as("the excess is listed").isEqualTo(4);
		JsonNode before = strength(mission, "2021-10-31");
		assertThat(before.path("excess").asInt()).isZero();
		assertThat(before.path("overCeiling").asBoolean()).isFalse();

		String request = fixtures.request(mission, "2021-11-20");
		assertThat(assertProblem(approve(request), 422, "/problems/ceiling-exceeded").path("detail").asString())
			.isEqualTo("The request cannot be approved: the ceiling of 2 positions in force from 2021-11-01 would be exceeded: 4 held.");

		depart(members.get(0), "2021-11-15");
		depart(members.get(1), "2021-11-15");
		assertThat(strength(mission, "2021-11-20").path("overCeiling").asBoolean()).isFalse();
		assertThat(assertProblem(approve(request), 422, "/problems/ceiling-exceeded").path("detail").asString())
			.as("at the ceiling there is still no room")
			.isEqualTo("The request cannot be approved: the ceiling of 2 positions in force from 2021-11-01 would be exceeded: 2 held.");

		depart(members.get(2), "2021-11-15");
		Api.Response approval = approve(request);
		assertThat(approval.status()).as(approval.text()).isEqualTo(200);
		JsonNode after = strength(mission, "2021-11-20");
		assertThat(after.path("held").asInt()).isEqualTo(2);
		assertThat(after.path("excess").asInt()).isZero();
		assertThat(strength(mission, "2021-11-14").path("excess").asInt()).as("history is kept").isEqualTo(2);
	}

	private Api.Response approve(String request) {
		return api.post("/api/accreditations/" + request + "/approval", "{}");
	}

	private void depart(String accreditation, String on) {
		Api.Response response = api.post("/api/accreditations/" + accreditation + "/departure", json("departureDate", on));
		assertThat(response.status()).as(response.text()).isEqualTo(200);
	}

	private String arrival(String mission, String category, String on) {
		Api.Response response = fixtures.arrival(mission, fixtures.person("RUS"), category, on);
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.id();
	}

	private String status(String accreditation) {
		return api.get("/api/accreditations/" + accreditation).json().path("status").asString();
	}

	private JsonNode strength(String mission, String asOf) {
		return api.get("/api/missions/" + mission + "/strength" + (asOf == null ? "" : "?asOf=" + asOf)).json();
	}
}
