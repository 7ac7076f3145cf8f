package org.credence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;
import static org.credence.support.ProblemAssertions.assertProblem;
import static org.credence.support.ProblemAssertions.errors;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * Well-formed requests whose content the registry refuses: missing and overlong fields, unknown
 * codes, dates in an impossible order, ids of records that do not exist. Nothing is written.
 */
@CredenceTest
class InputValidationTests {

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
	void missingRequiredFieldsAreEachNamed() {
		int missions = missionCount();

		Api.Response response = api.post("/api/missions", json("sendingState", "RUS"));

		assertThat(assertInvalid(response)).containsOnlyKeys("name", "kind");
		assertThat(response.json().path("detail").asString()).isEqualTo("2 fields are not valid.");
		assertThat(missionCount()).isEqualTo(missions);
	}

	@Test
	void anArrivalWithoutPersonOrDateIsRefused() {
		String mission = fixtures.mission("RUS", "2017-01-01");

		Map<String, String> errors = assertInvalid(api.post("/api/missions/" + mission + "/arrivals",
				json("category", "DIPLOMATIC_AGENT", "title", " ", "function", "Liaison")));

		assertThat(errors).containsOnlyKeys("personId", "title", "arrivalDate");
		assertThat(errors.get("personId")).isEqualTo("must not be null");
		assertThat(errors.get("title")).isEqualTo("must not be blank");
		assertThat(api.get("/api/missions/" + mission + "/requests").json().size()).isZero();
	}

	@Test
	void aMissionNameOver200CharactersIsRefused() {
		int missions = missionCount();

		Map<String, String> errors = assertInvalid(api.post("/api/missions",
				json("sendingState", "RUS", "name", "N".repeat(201), "kind", "EMBASSY")));

		assertThat(errors).containsExactly(Map.entry("name", "size must be between 0 and 200"));
		assertThat(missionCount()).isEqualTo(missions);
		assertThat(api.post("/api/missions", json("sendingState", "RUS", "name", UUID.randomUUID() + "N".repeat(164),
				"kind", "EMBASSY")).status()).as("200 characters are allowed").isEqualTo(201);
	}

	@Test
	void aTitleOver200CharactersIsRefused() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String person = fixtures.person("RUS");

		Map<String, String> errors = assertInvalid(api.post("/api/missions/" + mission + "/arrivals",
				json("personId", person, "category", "DIPLOMATIC_AGENT", "title", "T".repeat(201), "function",
						"Liaison", "arrivalDate", "2021-10-01")));

		assertThat(errors).containsExactly(Map.entry("title", "size must be between 0 and 200"));
		assertThat(api.get("/api/missions/" + mission + "/requests").json().size()).isZero();
	}

	@Test
	void aReasonOver2000CharactersIsRefused() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String request = fixtures.request(mission, "2021-10-01");

		Map<String, String> errors = assertInvalid(api.post("/api/accreditations/" + request + "/refusal",
				json("reason", "R".repeat(2001))));

		assertThat(errors).containsExactly(Map.entry("reason", "size must be between 0 and 2000"));
		assertThat(api.get("/api/accreditations/" + request).json().path("status").asString()).isEqualTo("REQUESTED");
	}

	@Test
	void anUnknownStateCodeIsRefused() {
		int missions = missionCount();

		Map<String, String> errors = assertInvalid(api.post("/api/missions",
				json("sendingState", "XXX", "name", "Nowhere " + UUID.randomUUID(), "kind", "EMBASSY")));

		assertThat(errors).containsExactly(Map.entry("sendingState", "'XXX' is not an ISO 3166-1 alpha-3 code"));
		assertThat(missionCount()).isEqualTo(missions);
	}

	@Test
	void aDepartureBeforeTheStartIsRefusedNamingTheDepartureDate() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String member = fixtures.member(mission, "2021-03-01");

		JsonNode problem = assertProblem(api.post("/api/accreditations/" + member + "/departure",
				json("departureDate", "2021-02-01")), 422, "/problems/invalid-dates");

		assertThat(problem.path("detail").asString())
			.isEqualTo("The departure on 2021-02-01 would come before the accreditation started on 2021-03-01.");
		assertThat(errors(problem)).containsExactly(Map.entry("departureDate", "must be after 2021-03-01"));
		JsonNode accreditation = api.get("/api/accreditations/" + member).json();
		assertThat(accreditation.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(accreditation.path("end").isNull()).isTrue();
		assertThat(strengthHeld(mission, "2021-10-01")).isEqualTo(1);
	}

	@Test
	void aCredentialExpiringBeforeTheStartIsRefused() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String request = fixtures.request(mission, "2021-10-01");

		JsonNode problem = assertProblem(api.post("/api/accreditations/" + request + "/approval",
				json("credentialNumber", "C-" + UUID.randomUUID().toString().substring(0, 8), "credentialExpiresOn",
						"2021-09-30")),
				422, "/problems/invalid-dates");

		assertThat(problem.path("detail").asString()).isEqualTo(
				"The credential would expire on 2021-09-30, before the accreditation starts on 2021-10-01.");
		assertThat(errors(problem)).containsExactly(Map.entry("credentialExpiresOn", "must be after 2021-10-01"));
		assertThat(api.get("/api/accreditations/" + request).json().path("status").asString()).isEqualTo("REQUESTED");
		assertThat(strengthHeld(mission, "2021-10-02")).isZero();
	}

	@Test
	void aBirthDateInTheFutureIsRefused() {
		String name = "Future " + UUID.randomUUID();

		Map<String, String> errors = assertInvalid(api.post("/api/persons",
				json("nameNative", name, "nameLatin", name, "birthDate", "2021-10-07", "nationality", "RUS")));

		assertThat(errors).containsExactly(Map.entry("birthDate", "must not be in the future"));
		assertThat(api.get("/api/persons?name=" + name.replace(" ", "%20")).json().size()).isZero();
	}

	@Test
	void aBirthDateNotInTheCalendarIsRefused() {
		String name = "Calendar " + UUID.randomUUID();

		Map<String, String> errors = assertInvalid(api.post("/api/persons",
				json("nameNative", name, "nameLatin", name, "birthDate", "1975-02-30", "nationality", "RUS")));

		assertThat(errors).containsExactly(Map.entry("birthDate", "'1975-02-30' is not a date in the calendar"));
		assertThat(api.get("/api/persons?name=" + name.replace(" ", "%20")).json().size()).isZero();
	}

	@Test
	void aStatusChangeEffectiveBeforeTheLastChangeIsRefused() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		assertThat(api.post("/api/missions/" + mission + "/status",
				json("status", "SUSPENDED", "effectiveOn", "2021-11-01", "reason", "Suspended by the sending state"))
			.status()).isEqualTo(201);

		JsonNode problem = assertProblem(api.post("/api/missions/" + mission + "/status",
				json("status", "ACTIVE", "effectiveOn", "2021-10-31")), 422, "/problems/invalid-dates");

		assertThat(problem.path("detail").asString())
			.isEqualTo("effectiveOn must be after the last status change, 2021-11-01 (SUSPENDED).");
		assertThat(errors(problem)).containsExactly(Map.entry("effectiveOn", "must be after 2021-11-01"));
		assertThat(api.get("/api/missions/" + mission + "/status").json().size()).isEqualTo(2);
	}

	@Test
	void aPersonsIdInAMissionUrlIsNotFoundNamingTheMission() {
		String person = fixtures.person("RUS");
		String other = fixtures.person("RUS");

		JsonNode problem = assertProblem(fixtures.arrival(person, other, "DIPLOMATIC_AGENT", "2021-10-01"), 404,
				"/problems/not-found");

		assertThat(problem.path("detail").asString()).isEqualTo("There is no mission with id " + person + ".");
		assertThat(problem.path("resource").asString()).isEqualTo("mission");
		assertThat(api.get("/api/persons/" + other + "/history").json().size()).as("only the registration").isEqualTo(1);
	}

	@Test
	void aMissionsIdAsPersonIsNotFoundNamingThePerson() {
		String mission = fixtures.mission("RUS", "2017-01-01");

		JsonNode problem = assertProblem(fixtures.arrival(mission, mission, "DIPLOMATIC_AGENT", "2021-10-01"), 404,
				"/problems/not-found");

		assertThat(problem.path("resource").asString()).isEqualTo("person");
		assertThat(problem.path("detail").asString()).isEqualTo("There is no person with id " + mission + ".");
		assertThat(api.get("/api/missions/" + mission + "/requests").json().size()).isZero();
	}

	@Test
	void unknownIdsOnEveryKindOfRecordAreNotFound() {
		String unknown = UUID.randomUUID().toString();

		assertThat(assertProblem(api.get("/api/persons/" + unknown), 404, "/problems/not-found").path("resource")
			.asString()).isEqualTo("person");
		assertThat(assertProblem(api.get("/api/accreditations/" + unknown), 404, "/problems/not-found").path("resource")
			.asString()).isEqualTo("accreditation");
		assertThat(assertProblem(api.post("/api/accreditations/" + unknown + "/approval", "{}"), 404,
				"/problems/not-found").path("resource").asString()).isEqualTo("accreditation");
		assertThat(assertProblem(api.post("/api/missions/" + unknown + "/ceilings",
				json("effectiveOn", "2021-11-01", "total", 10)), 404, "/problems/not-found").path("resource").asString())
			.isEqualTo("mission");
		assertThat(assertProblem(api.get("/api/missions/" + unknown + "/history"), 404, "/problems/not-found")
			.path("resource").asString()).isEqualTo("mission");
	}

	private int missionCount() {
		return api.get("/api/missions").json().size();
	}

	private int strengthHeld(String mission, String asOf) {
		return api.get("/api/missions/" + mission + "/strength?asOf=" + asOf).json().path("held").asInt();
	}
}
