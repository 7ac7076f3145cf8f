package org.credence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** Nobody holds two accreditations whose periods overlap: refused by the API and by the database itself. */
@CredenceTest
class OnePersonOnePositionTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void now() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
	}

	@Test
	void anAccreditedPersonCannotArriveAtAnotherMission() {
		String first = fixtures.mission("RUS", "2017-01-01");
		String second = fixtures.mission("BLR", "2017-01-01");
		String held = fixtures.member(first, "2021-01-01");
		String person = api.get("/api/accreditations/" + held).json().path("personId").asString();
		String name = api.get("/api/persons/" + person).json().path("nameLatin").asString();
		String firstName = api.get("/api/missions/" + first).json().path("name").asString();

		JsonNode problem = assertProblem(fixtures.arrival(second, person, "DIPLOMATIC_AGENT", "2021-06-01"), 409,
				"/problems/one-person-one-position");

		assertThat(problem.path("detail").asString()).isEqualTo(name + " holds a position at " + firstName
				+ " from 2021-01-01, which overlaps a position from 2021-06-01.");
		assertThat(problem.path("accreditation").asString()).isEqualTo(held);
		assertThat(api.get("/api/missions/" + second + "/requests").json().size()).isZero();
	}

	@Test
	void aMissionAdministratorIsToldOnlyThatThePersonHoldsAPositionElsewhere() {
		String other = fixtures.mission("RUS", "2017-01-01");
		String own = fixtures.mission("RUS", "2017-01-01");
		Fixtures ownAdministrator = fixtures.as(api.as(accounts.user(Role.MISSION_ADMINISTRATOR, UUID.fromString(own), null).token()));
		String person = ownAdministrator.person("RUS");
		String held = api.post("/api/missions/" + other + "/arrivals", json("personId", person, "category",
				"DIPLOMATIC_AGENT", "title", "Counsellor", "function", "Liaison", "arrivalDate", "2021-01-01")).id();

		JsonNode pending = assertProblem(ownAdministrator.arrival(own, person, "DIPLOMATIC_AGENT", "2021-06-01"), 409,
				"/problems/one-person-one-position");
		assertThat(api.post("/api/accreditations/" + held + "/approval", "{}").status()).isEqualTo(200);
		JsonNode holding = assertProblem(ownAdministrator.arrival(own, person, "DIPLOMATIC_AGENT", "2021-06-01"), 409,
				"/problems/one-person-one-position");

		for (JsonNode problem : List.of(pending, holding)) {
			assertThat(problem.path("detail").asString()).endsWith(
					" holds a position or has a pending request at another mission, and cannot be accredited to this one.")
				.doesNotContain(held, "2021-01-01", api.get("/api/missions/" + other).json().path("name").asString());
			assertThat(problem.has("accreditation")).as(problem.toString()).isFalse();
		}
		assertThat(api.get("/api/missions/" + own + "/requests").json().size()).isZero();
	}

	@Test
	void aPersonWithAPendingRequestCannotBeRequestedTwice() {
		String first = fixtures.mission("RUS", "2017-01-01");
		String second = fixtures.mission("RUS", "2017-01-01");
		String person = fixtures.person("RUS");
		String pending = fixtures.arrival(first, person, "DIPLOMATIC_AGENT", "2021-10-01").id();

		JsonNode problem = assertProblem(fixtures.arrival(second, person, "SERVICE_STAFF", "2021-10-02"), 409,
				"/problems/one-person-one-position");

		assertThat(problem.path("detail").asString()).endsWith(" already has a pending request (" + pending + ").");
		assertThat(api.get("/api/missions/" + second + "/requests").json().size()).isZero();
	}

	@Test
	void anApprovalBackdatedIntoAnotherPositionIsRefused() {
		String first = fixtures.mission("RUS", "2017-01-01");
		String second = fixtures.mission("RUS", "2017-01-01");
		String held = fixtures.member(first, "2020-01-01");
		String person = api.get("/api/accreditations/" + held).json().path("personId").asString();
		assertThat(api.post("/api/accreditations/" + held + "/departure", json("departureDate", "2021-06-01")).status())
			.isEqualTo(200);
		String request = fixtures.arrival(second, person, "DIPLOMATIC_AGENT", "2021-07-01").id();

		JsonNode problem = assertProblem(api.post("/api/accreditations/" + request + "/approval",
				json("startDate", "2021-05-01")), 409, "/problems/one-person-one-position");

		assertThat(problem.path("detail").asString())
			.endsWith(" from 2020-01-01 until 2021-06-01, which overlaps a position from 2021-05-01.");
		assertThat(api.get("/api/accreditations/" + request).json().path("status").asString()).isEqualTo("REQUESTED");
		assertThat(api.get("/api/missions/" + second + "/strength?asOf=2021-07-01").json().path("held").asInt()).isZero();
	}

	@Test
	void afterDepartureThePersonMayBeAccreditedAgain() {
		String first = fixtures.mission("RUS", "2017-01-01");
		String second = fixtures.mission("RUS", "2017-01-01");
		String held = fixtures.member(first, "2020-01-01");
		String person = api.get("/api/accreditations/" + held).json().path("personId").asString();
		assertThat(api.post("/api/accreditations/" + held + "/departure", json("departureDate", "2021-06-01")).status())
			.isEqualTo(200);

		Api.Response arrival = fixtures.arrival(second, person, "DIPLOMATIC_AGENT", "2021-06-01");
		assertThat(arrival.status()).as(arrival.text()).isEqualTo(201);
		Api.Response approval = api.post("/api/accreditations/" + arrival.id() + "/approval", "{}");

		assertThat(approval.status()).as(approval.text()).isEqualTo(200);
		assertThat(api.get("/api/missions/" + first + "/strength?asOf=2021-06-01").json().path("held").asInt()).isZero();
		assertThat(api.get("/api/missions/" + second + "/strength?asOf=2021-06-01").json().path("held").asInt()).isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesAnOverlappingPositionWrittenDirectly() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		UUID person = UUID.fromString(fixtures.person("RUS"));
		insertHeld(person, mission, "2021-01-01T00:00:00+01:00", "2021-06-01T00:00:00+02:00", "ENDED");
		insertHeld(person, mission, "2021-06-01T00:00:00+02:00", null, "ACTIVE");

		assertThatThrownBy(() -> insertHeld(person, mission, "2021-05-31T00:00:00+02:00", "2021-07-01T00:00:00+02:00", "ENDED"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("accreditation_one_position");
		assertThatThrownBy(() -> insertHeld(person, mission, "2030-01-01T00:00:00+01:00", null, "ACTIVE"))
			.as("an open period overlaps everything after its start")
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("accreditation_one_position");
		assertThat(jdbc.sql("select count(*) from accreditation where person_id = ?").param(person).query(Integer.class).single())
			.isEqualTo(2);
	}

	@Test
	void theDatabaseIgnoresRequestsAndRefusalsInThatConstraint() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		UUID person = UUID.fromString(fixtures.person("RUS"));
		insertHeld(person, mission, "2021-01-01T00:00:00+01:00", null, "ACTIVE");

		insertHeld(person, mission, "2021-02-01T00:00:00+01:00", null, "REFUSED");

		assertThat(jdbc.sql("select count(*) from accreditation where person_id = ?").param(person).query(Integer.class).single())
			.isEqualTo(2);
	}

	private void insertHeld(UUID person, String mission, String start, String end, String status) {
		OffsetDateTime from = OffsetDateTime.parse(start);
		jdbc.sql("""
				insert into accreditation (id, person_id, mission_id, category, title, function, requested_start, start_at,
				                           end_at, status, recorded_at)
				values (?, ?, ?, 'DIPLOMATIC_AGENT', 'Counsellor', 'Liaison', ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), person, UUID.fromString(mission), from, "REFUSED".equals(status) ? null : from,
					end == null ? null : OffsetDateTime.parse(end), status, OffsetDateTime.now(clock))
			.update();
	}
}
