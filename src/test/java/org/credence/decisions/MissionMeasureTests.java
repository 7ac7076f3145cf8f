package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** Measures against a whole mission are the council's and take effect like any other act. */
@CredenceTest
class MissionMeasureTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DecisionEnactment enactment;

	@Autowired
	MutableClock clock;

	@Test
	void aSuspensionAdoptedInSilenceStopsNewAccreditationsFromItsEffectiveInstant() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		String mission = fixtures.mission("RUS", "2017-01-01");
		Api.Response drafted = api.post("/api/decisions", json("grounds", "Reciprocity", "classification",
				"NATO RESTRICTED", "effectiveDate", "2021-11-01", "acts",
				List.of(Map.of("kind", "SUSPEND_MISSION", "missionId", mission))));
		assertThat(drafted.json().path("authority").asString()).isEqualTo("COUNCIL");
		String decision = drafted.id();
		assertThat(api.post("/api/decisions/" + decision + "/circulation", json("deadline", "2021-10-20T12:00")).status())
			.isEqualTo(200);

		clock.set(Instant.parse("2021-10-31T23:00:00Z"));
		enactment.applyDue();
		assertThat(api.get("/api/decisions/" + decision).json().path("appliedAt").isNull()).isFalse();

		JsonNode statuses = api.get("/api/missions/" + mission + "/status").json();
		JsonNode latest = statuses.get(statuses.size() - 1);
		assertThat(latest.path("status").asString()).isEqualTo("SUSPENDED");
		assertThat(latest.path("effectiveFrom").asString()).isEqualTo("2021-11-01T00:00:00+01:00");
		assertProblem(fixtures.arrival(mission, fixtures.person("RUS"), "DIPLOMATIC_AGENT", "2021-11-02"), 422,
				"/problems/mission-not-active");
	}
}
