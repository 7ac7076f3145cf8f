package org.credence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Instant;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** A suspended or closed mission takes no new accreditations; a closed one never changes status again. */
@CredenceTest
class MissionStatusTests {

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
	void aStatusChangeTakesEffectAtMidnightInBrussels() {
		String mission = fixtures.mission("RUS", "2017-01-01");

		Api.Response response = changeStatus(mission, "SUSPENDED", "2021-11-01");

		assertThat(response.status()).as(response.text()).isEqualTo(201);
		JsonNode change = response.json();
		assertThat(change.path("status").asString()).isEqualTo("SUSPENDED");
		assertThat(change.path("effectiveFrom").asString()).isEqualTo("2021-11-01T00:00:00+01:00");
		assertThat(change.path("recordedAt").asString()).isEqualTo("2021-11-10T11:00:00+01:00");
		assertThat(change.path("recordedBy").asString()).isEqualTo(TestAccounts.ADMIN_NAME);
		assertThat(api.get("/api/missions/" + mission).json().path("status").asString()).isEqualTo("SUSPENDED");
		JsonNode history = api.get("/api/missions/" + mission + "/status").json();
		assertThat(history.size()).isEqualTo(2);
		assertThat(history.get(0).path("status").asString()).isEqualTo("ACTIVE");
		assertThat(history.get(0).path("effectiveFrom").asString()).isEqualTo("2017-01-01T00:00:00+01:00");
	}

	@Test
	void aSuspendedMissionTakesNoArrivals() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String name = api.get("/api/missions/" + mission).json().path("name").asString();
		assertThat(changeStatus(mission, "SUSPENDED", "2021-11-01").status()).isEqualTo(201);

		JsonNode problem = assertProblem(fixtures.arrival(mission, fixtures.person("RUS"), "DIPLOMATIC_AGENT", "2021-11-05"),
				422, "/problems/mission-not-active");

		assertThat(problem.path("detail").asString())
			.isEqualTo(name + " has been suspended since 2021-11-01 and takes no new accreditations.");
		assertThat(problem.path("missionStatus").asString()).isEqualTo("SUSPENDED");
		assertThat(problem.path("missionStatusSince").asString()).isEqualTo("2021-11-01T00:00:00+01:00");
		assertThat(api.get("/api/missions/" + mission + "/requests").json().size()).isZero();
	}

	@Test
	void aLateArrivalFromBeforeTheSuspensionIsStillRefusedWhileSuspended() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		assertThat(changeStatus(mission, "SUSPENDED", "2021-11-01").status()).isEqualTo(201);

		JsonNode problem = assertProblem(fixtures.arrival(mission, fixtures.person("RUS"), "DIPLOMATIC_AGENT", "2021-10-20"),
				422, "/problems/mission-not-active");

		assertThat(problem.path("detail").asString()).endsWith(" has been suspended since 2021-11-01 and takes no new accreditations.");
		assertThat(api.get("/api/missions/" + mission + "/requests").json().size()).isZero();
	}

	@Test
	void aPendingRequestCannotBeApprovedOnceTheMissionIsSuspended() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String request = fixtures.request(mission, "2021-10-20");
		assertThat(changeStatus(mission, "SUSPENDED", "2021-11-01").status()).isEqualTo(201);

		assertProblem(api.post("/api/accreditations/" + request + "/approval", "{}"), 422, "/problems/mission-not-active");

		assertThat(api.get("/api/accreditations/" + request).json().path("status").asString()).isEqualTo("REQUESTED");
		assertThat(api.get("/api/missions/" + mission + "/strength?asOf=2021-10-20").json().path("held").asInt()).isZero();
	}

	@Test
	void aResumedMissionTakesArrivalsAgain() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		assertThat(changeStatus(mission, "SUSPENDED", "2021-11-01").status()).isEqualTo(201);
		assertThat(changeStatus(mission, "ACTIVE", "2021-11-08").status()).isEqualTo(201);

		String member = fixtures.member(mission, "2021-11-09");

		assertThat(api.get("/api/accreditations/" + member).json().path("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void aClosedMissionTakesNoArrivalsAndNeverChangesStatusAgain() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		assertThat(changeStatus(mission, "CLOSED", "2021-11-01").status()).isEqualTo(201);

		assertProblem(fixtures.arrival(mission, fixtures.person("RUS"), "DIPLOMATIC_AGENT", "2021-11-05"), 422,
				"/problems/mission-not-active");
		JsonNode problem = assertProblem(changeStatus(mission, "ACTIVE", "2021-12-01"), 409, "/problems/mission-closed");

		assertThat(problem.path("detail").asString()).isEqualTo("The mission was closed on 2021-11-01.");
		assertThat(api.get("/api/missions/" + mission + "/status").json().size()).isEqualTo(2);
		assertThat(api.get("/api/missions/" + mission).json().path("status").asString()).isEqualTo("CLOSED");
	}

	@Test
	void theSameStatusAgainIsRefused() {
		String mission = fixtures.mission("RUS", "2017-01-01");

		JsonNode problem = assertProblem(changeStatus(mission, "ACTIVE", "2021-11-01"), 409, "/problems/status-unchanged");

		assertThat(problem.path("detail").asString()).isEqualTo("The mission is already ACTIVE.");
		assertThat(api.get("/api/missions/" + mission + "/status").json().size()).isEqualTo(1);
	}

	@Test
	void aMissionTakesNoArrivalBeforeItWasEstablished() {
		String mission = fixtures.mission("RUS", "2021-01-01");

		JsonNode problem = assertProblem(fixtures.arrival(mission, fixtures.person("RUS"), "DIPLOMATIC_AGENT", "2020-12-31"),
				422, "/problems/mission-not-active");

		assertThat(problem.path("detail").asString()).endsWith(" is not yet established on 2020-12-31 (it is established from 2021-01-01) and takes no new accreditations.");
		assertThat(problem.path("missionStatus").asString()).isEqualTo("NOT_ESTABLISHED");
	}

	@Test
	void aMissionEstablishedTodayWithoutADateTakesAnArrivalDatedToday() {
		String mission = fixtures.mission("RUS", null);

		Api.Response arrival = fixtures.arrival(mission, fixtures.person("RUS"), "DIPLOMATIC_AGENT", "2021-11-10");

		assertThat(arrival.status()).as(arrival.text()).isEqualTo(201);
		assertThat(api.get("/api/missions/" + mission + "/status").json().get(0).path("effectiveFrom").asString())
			.isEqualTo("2021-11-10T00:00:00+01:00");
	}

	private Api.Response changeStatus(String mission, String status, String effectiveOn) {
		return api.post("/api/missions/" + mission + "/status", json("status", status, "effectiveOn", effectiveOn));
	}
}
