package org.credence.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/**
 * Requests the server cannot read: broken JSON, values of the wrong type, unknown fields and enum
 * values, impossible dates, ids that are not UUIDs, unknown paths, media types and methods. Each is
 * a problem document with a stable type, never a 500, and nothing is written.
 */
@CredenceTest
class MalformedRequestTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@ParameterizedTest
	@ValueSource(strings = { "{\"sendingState\": \"RUS\", \"name\": \"Truncated", "sendingState=RUS&name=Form",
			"{\"sendingState\": \"RUS\",, }", "" })
	void aBodyThatIsNotJsonIsAMalformedRequestAndWritesNothing(String body) {
		int missions = missionCount();

		JsonNode problem = assertProblem(api.post("/api/missions", body), 400, "/problems/malformed-request");

		assertThat(problem.path("detail").asString()).startsWith("The request body is missing or is not valid JSON");
		assertThat(missionCount()).isEqualTo(missions);
	}

	@Test
	void aTruncatedBodyNamesWhereTheJsonBreaks() {
		JsonNode problem = assertProblem(api.post("/api/missions", "{\"sendingState\": \"RUS\",\n \"name\": "), 400,
				"/problems/malformed-request");

		assertThat(problem.path("detail").asString()).contains("(line 2, column");
	}

	@Test
	void aNumberWhereAStringIsExpectedIsRefused() {
		int missions = missionCount();

		Map<String, String> errors = assertInvalid(api.post("/api/missions",
				"{\"sendingState\": \"RUS\", \"name\": 42, \"kind\": \"EMBASSY\"}"));

		assertThat(errors).containsExactly(Map.entry("name", "must be a string, not '42'"));
		assertThat(missionCount()).isEqualTo(missions);
	}

	@Test
	void aBooleanWhereAStringIsExpectedIsRefused() {
		String name = "Boolean " + UUID.randomUUID();

		Map<String, String> errors = assertInvalid(api.post("/api/persons",
				json("nameNative", name, "nameLatin", name, "nationality", true)));

		assertThat(errors).containsOnlyKeys("nationality");
		assertThat(personsNamed(name)).isZero();
	}

	@Test
	void aFractionWhereAWholeNumberIsExpectedIsRefusedNotTruncated() {
		String mission = fixtures.mission("RUS", "2017-01-01");

		Map<String, String> errors = assertInvalid(api.post("/api/missions/" + mission + "/ceilings",
				"{\"effectiveOn\": \"2021-11-01\", \"total\": 10.5}"));

		assertThat(errors).containsOnlyKeys("total");
		assertThat(errors.get("total")).startsWith("must be a whole number");
		assertThat(api.get("/api/missions/" + mission + "/ceilings").json().size()).isZero();
	}

	@Test
	void aStringWhereANumberIsExpectedIsRefused() {
		String mission = fixtures.mission("RUS", "2017-01-01");

		Api.Response response = api.post("/api/missions/" + mission + "/ceilings",
				"{\"effectiveOn\": \"2021-11-01\", \"total\": \"ten\"}");

		assertThat(assertInvalid(response)).containsExactly(Map.entry("total", "must be a whole number"));
		assertThat(response.json().path("detail").asString()).isEqualTo("total: must be a whole number");
		assertThat(api.get("/api/missions/" + mission + "/ceilings").json().size()).isZero();
	}

	@Test
	void aNumberTooLargeForItsFieldIsNamedNotCalledMalformed() {
		String mission = fixtures.mission("RUS", "2017-01-01");

		Map<String, String> errors = assertInvalid(api.post("/api/missions/" + mission + "/ceilings",
				"{\"effectiveOn\": \"2021-11-01\", \"total\": 99999999999}"));

		assertThat(errors).containsExactly(Map.entry("total", "must be a whole number within range"));
		assertThat(api.get("/api/missions/" + mission + "/ceilings").json().size()).isZero();
	}

	@Test
	void anObjectWhereAListIsExpectedIsRefused() {
		String name = "Objectlist " + UUID.randomUUID();

		Map<String, String> errors = assertInvalid(api.post("/api/persons", json("nameNative", name, "nameLatin", name,
				"otherNames", Map.of("alias", "Ivanov"), "nationality", "RUS")));

		assertThat(errors).containsExactly(Map.entry("otherNames", "must be a list"));
		assertThat(personsNamed(name)).isZero();
	}

	@Test
	void anUnknownEnumValueListsTheAllowedValues() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String person = fixtures.person("RUS");

		Api.Response response = fixtures.arrival(mission, person, "SPY", "2021-10-01");

		assertThat(assertInvalid(response)).containsExactly(Map.entry("category",
				"must be one of DIPLOMATIC_AGENT, ADMINISTRATIVE_TECHNICAL, SERVICE_STAFF, PRIVATE_SERVANT, LOCAL_HIRE, "
						+ "FAMILY_MEMBER, not 'SPY'"));
		assertThat(api.get("/api/missions/" + mission + "/requests").json().size()).isZero();
	}

	@Test
	void anUnknownCategoryInACeilingIsRefused() {
		String mission = fixtures.mission("RUS", "2017-01-01");

		Map<String, String> errors = assertInvalid(api.post("/api/missions/" + mission + "/ceilings",
				"{\"effectiveOn\": \"2021-11-01\", \"total\": 10, \"categories\": {\"SPY\": 2}}"));

		assertThat(errors).hasSize(1);
		assertThat(errors.values().iterator().next()).contains("DIPLOMATIC_AGENT").contains("SPY");
		assertThat(api.get("/api/missions/" + mission + "/ceilings").json().size()).isZero();
	}

	@Test
	void anUnknownFieldIsNamed() {
		int missions = missionCount();

		Api.Response response = api.post("/api/missions", json("sendingState", "RUS", "name", "Field " + UUID.randomUUID(),
				"kind", "EMBASSY", "codename", "Aquarium"));

		assertThat(assertInvalid(response)).containsExactly(Map.entry("codename", "is not a known field"));
		assertThat(response.json().path("detail").asString()).isEqualTo("codename: is not a known field");
		assertThat(missionCount()).isEqualTo(missions);
	}

	@Test
	void anImpossibleDateIsRefused() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String person = fixtures.person("RUS");

		Api.Response response = fixtures.arrival(mission, person, "DIPLOMATIC_AGENT", "2021-02-30");

		assertThat(assertInvalid(response))
			.containsExactly(Map.entry("arrivalDate", "must be a date written yyyy-mm-dd, not '2021-02-30'"));
		assertThat(api.get("/api/missions/" + mission + "/requests").json().size()).isZero();
	}

	@Test
	void aNumberWhereADateIsExpectedIsRefusedNotReadAsDaysSince1970() {
		String mission = fixtures.mission("RUS", "2017-01-01");

		Map<String, String> errors = assertInvalid(api.post("/api/missions/" + mission + "/ceilings",
				"{\"effectiveOn\": 20211101, \"total\": 10}"));

		assertThat(errors).containsOnlyKeys("effectiveOn");
		assertThat(errors.get("effectiveOn")).startsWith("must be a date written yyyy-mm-dd");
		assertThat(api.get("/api/missions/" + mission + "/ceilings").json().size()).isZero();
	}

	@Test
	void aYearBeyondWhatTheDatabaseStoresIsRefusedNamingTheField() {
		String mission = fixtures.mission("RUS", "2017-01-01");

		Map<String, String> errors = assertInvalid(fixtures.arrival(mission, fixtures.person("RUS"), "DIPLOMATIC_AGENT",
				"+300000-01-01"));

		// Refused as implausible before the database sees it (ImplausibleDateTests).
		assertThat(errors).containsOnlyKeys("arrivalDate");
		assertThat(errors.get("arrivalDate")).startsWith("must be from 1900-01-01 to ");
		assertThat(api.get("/api/missions/" + mission + "/requests").json().size()).isZero();
	}

	@Test
	void aNulCharacterIsABadRequestNamingTheFieldNotAConflict() {
		int missions = missionCount();

		Map<String, String> errors = assertInvalid(api.post("/api/missions",
				"{\"sendingState\": \"RUS\", \"name\": \"Nul\\u0000" + UUID.randomUUID() + "\", \"kind\": \"EMBASSY\"}"));

		assertThat(errors).containsExactly(Map.entry("name", "must not contain control characters"));
		assertThat(missionCount()).isEqualTo(missions);
	}

	@Test
	void anImpossibleAsOfDateIsRefused() {
		String mission = fixtures.mission("RUS", "2017-01-01");

		assertThat(assertInvalid(api.get("/api/missions/" + mission + "/strength?asOf=2021-02-30")))
			.containsOnlyKeys("asOf");
	}

	@Test
	void anIdThatIsNotAUuidIsABadRequestNamingTheParameter() {
		assertThat(assertInvalid(api.get("/api/missions/not-a-uuid")))
			.containsExactly(Map.entry("id", "must be a UUID, not 'not-a-uuid'"));
		assertThat(assertInvalid(api.post("/api/missions/42/arrivals", "{}"))).containsOnlyKeys("missionId");
		assertThat(assertInvalid(api.post("/api/accreditations/x/approval", "{}"))).containsOnlyKeys("id");
	}

	@Test
	void aUuidOfTheWrongKindIsNotFoundNamingWhatWasLookedFor() {
		String person = fixtures.person("RUS");

		JsonNode problem = assertProblem(api.get("/api/missions/" + person), 404, "/problems/not-found");

		assertThat(problem.path("detail").asString()).isEqualTo("There is no mission with id " + person + ".");
		assertThat(problem.path("resource").asString()).isEqualTo("mission");
		assertThat(problem.path("id").asString()).isEqualTo(person);
	}

	@Test
	void anUnknownPathUnderTheApiIsANotFoundProblem() {
		JsonNode problem = assertProblem(api.get("/api/embassies"), 404, "/problems/not-found");

		assertThat(problem.path("detail").asString()).isEqualTo("There is nothing at /api/embassies.");
	}

	@Test
	void anUnsupportedMediaTypeIsAProblemWithAStableType() {
		int missions = missionCount();

		JsonNode problem = assertProblem(api.request("POST", "/api/missions", "text/plain",
				"sendingState RUS, name Plain, kind EMBASSY"), 415, "/problems/http-415");

		assertThat(problem.path("title").asString()).isEqualTo("Unsupported Media Type");
		assertThat(missionCount()).isEqualTo(missions);
	}

	@Test
	void aWrongMethodIsAProblemWithAStableType() {
		JsonNode problem = assertProblem(api.request("DELETE", "/api/missions", null, null), 405, "/problems/http-405");

		assertThat(problem.path("title").asString()).isEqualTo("Method Not Allowed");
		assertProblem(api.request("PUT", "/api/persons", "application/json", "{}"), 405, "/problems/http-405");
	}

	private int missionCount() {
		return api.get("/api/missions").json().size();
	}

	private int personsNamed(String name) {
		return api.get("/api/persons?name=" + name.replace(" ", "%20")).json().size();
	}
}
