package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.host.Host;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** After a break of silence the draft may be revised: a new version, linked to the one it replaces. */
@CredenceTest
class RevisionTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Host host;

	@Autowired
	MutableClock clock;

	@Test
	void aDecisionNotAdoptedIsRevisedOnceAsItsNextVersion() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		String mission = fixtures.mission("RUS", "2017-01-01");
		Api.Response first = draft(mission, 10, null);
		String firstId = first.id();
		assertThat(first.json().path("version").asInt()).isEqualTo(1);
		assertProblem(draft(mission, 12, firstId), 409, "/problems/decision-wrong-step");
		api.post("/api/decisions/" + firstId + "/circulation", "{\"deadline\": \"2021-10-20T12:00\"}");
		new Council(accounts, host, api).breakSilence("HUN", firstId, "Too low.");

		JsonNode second = draft(mission, 12, firstId).json();

		assertThat(second.path("version").asInt()).isEqualTo(2);
		assertThat(second.path("replaces").asString()).isEqualTo(firstId);
		assertThat(second.path("status").asString()).isEqualTo("DRAFT");
		assertProblem(draft(mission, 14, firstId), 409, "/problems/decision-wrong-step");
	}

	private Api.Response draft(String mission, int total, String replaces) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("grounds", "Reciprocity");
		body.put("classification", "NATO RESTRICTED");
		body.put("effectiveDate", "2021-11-01");
		body.put("acts", List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", total)));
		body.put("replaces", replaces);
		return api.post("/api/decisions", JSON.writeValueAsString(body));
	}
}
