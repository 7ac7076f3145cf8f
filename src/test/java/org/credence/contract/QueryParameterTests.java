package org.credence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/**
 * Query parameters are part of the contract like body fields: an unknown one is refused, naming it,
 * rather than ignored (a misspelt filter once answered every decision); lists are filtered by what
 * people look for and paged alike.
 */
@CredenceTest
class QueryParameterTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Test
	void anUnknownParameterIsRefusedNamingItAndWhatTheRouteTakes() {
		Map<String, String> errors = assertInvalid(api.get("/api/decisions?missoin=" + java.util.UUID.randomUUID()));
		Map<String, String> none = assertInvalid(api.get("/api/states?lang=fr"));

		assertThat(errors).containsOnlyKeys("missoin");
		assertThat(errors.get("missoin")).contains("mission", "person", "status", "limit", "page");
		assertThat(none).containsOnlyKeys("lang");
		// Whoever may not call the route learns nothing of its parameters.
		assertProblem(api.anonymous().get("/api/states?lang=fr"), 401, "/problems/unauthenticated");
	}

	@Test
	void decisionsAreFilteredByMissionPersonAndStatus() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String other = fixtures.mission("RUS", "2017-01-01");
		String member = fixtures.member(mission, "2018-01-10");
		String person = api.get("/api/accreditations/" + member).json().path("personId").asString();
		String ceiling = draft(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 12));
		String withdrawal = draft(Map.of("kind", "WITHDRAW", "accreditationId", member, "departureDeadline", "2021-12-01"));
		String elsewhere = draft(Map.of("kind", "SET_CEILING", "missionId", other, "total", 12));
		api.post("/api/decisions/" + ceiling + "/withdrawal", "");

		assertThat(ids("/api/decisions?mission=" + mission)).containsExactlyInAnyOrder(ceiling, withdrawal);
		assertThat(ids("/api/decisions?person=" + person)).containsExactly(withdrawal);
		assertThat(ids("/api/decisions?mission=" + mission + "&status=WITHDRAWN")).containsExactly(ceiling);
		assertThat(ids("/api/decisions?mission=" + other)).containsExactly(elsewhere);
		assertThat(assertInvalid(api.get("/api/decisions?mission=Russia"))).containsKey("mission");
	}

	@Test
	void everyListIsPagedAlikeWithALinkToTheNextPage() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		List<String> drafted = List.of(draft(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 12)),
				draft(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 13)),
				draft(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 14)));

		Api.Response first = api.get("/api/decisions?mission=" + mission + "&limit=2");
		String next = first.headers().firstValue("Link").orElseThrow();
		Api.Response second = api.get(next.substring(1, next.indexOf('>')));

		assertThat(next).isEqualTo("</api/decisions?mission=" + mission + "&limit=2&page=2>; rel=\"next\"");
		assertThat(ids(first)).hasSize(2);
		assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
		assertThat(second.headers().firstValue("Link")).isEmpty();
		assertThat(List.of(ids(first).get(0), ids(first).get(1), ids(second).get(0))).containsExactlyInAnyOrderElementsOf(drafted);
		assertThat(ids(api.get("/api/decisions?mission=" + mission + "&limit=2&page=3"))).isEmpty();
		assertThat(api.get("/api/states?limit=5").json().size()).isEqualTo(5);
		assertThat(assertInvalid(api.get("/api/states?limit=0"))).containsKey("limit");
		assertThat(assertInvalid(api.get("/api/states?limit=1001"))).containsKey("limit");
		assertThat(assertInvalid(api.get("/api/missions?page=first"))).containsKey("page");
	}

	private String draft(Map<String, Object> act) {
		Api.Response drafted = api.post("/api/decisions", json("grounds", "Filters", "classification", "NATO UNCLASSIFIED",
				"acts", List.of(act)));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		return drafted.id();
	}

	private List<String> ids(String path) {
		return ids(api.get(path));
	}

	private static List<String> ids(Api.Response response) {
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json().valueStream().map(decision -> decision.path("id").asString()).toList();
	}
}
