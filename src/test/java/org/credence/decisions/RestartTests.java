package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;
import org.credence.support.ServerInstance;

/**
 * The schedule of decisions to apply survives a restart, because it is the database. Real
 * restarts: a server of the application adopts two decisions and is closed; a new one starts, with
 * its clock after the first decision's effective instant and before the second's. The test
 * context, on the same database, keeps its clock at the adoption, before both instants, so that
 * it cannot be the one that applies them. No server polls by itself in the tests: the test makes
 * the restarted server's poller run once its clock has reached the second instant.
 */
@CredenceTest
class RestartTests {

	private static final Instant ADOPTION = Instant.parse("2022-03-01T09:00:00Z");

	private static final Instant RESTART = Instant.parse("2022-03-15T07:00:00Z");

	/** 00:00 Europe/Brussels on 20 March 2022. */
	private static final Instant SECOND_EFFECTIVE = Instant.parse("2022-03-19T23:00:00Z");

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Test
	void aRestartBetweenAdoptionAndTheEffectiveInstantStillAppliesItOnTime() {
		clock.set(ADOPTION);
		String mission = fixtures.mission("RUS", "2017-01-01");
		String first = fixtures.member(mission, "2022-01-03");
		String second = fixtures.member(mission, "2022-01-03");
		Api executive = api.as(accounts.user(Role.EXECUTIVE).token());

		String dueWhileDown;
		String dueAfterRestart;
		try (ServerInstance before = ServerInstance.start(ADOPTION)) {
			dueWhileDown = signed(before.api(api), before.api(executive), "2022-03-10", first);
			dueAfterRestart = signed(before.api(api), before.api(executive), "2022-03-20", second);
		}

		try (ServerInstance after = ServerInstance.start(RESTART)) {
			Api server = after.api(api);
			// Applied as the server started, before any poll: at its effective instant, not at the restart.
			JsonNode caughtUp = server.get("/api/decisions/" + dueWhileDown).json();
			assertThat(caughtUp.path("appliedAt").asString()).as("applied by the restarted server, by its clock")
				.isEqualTo("2022-03-15T08:00:00+01:00");
			assertThat(server.get("/api/accreditations/" + first).json().path("end").asString())
				.isEqualTo("2022-03-10T00:00:00+01:00");
			assertThat(server.get("/api/decisions/" + dueAfterRestart).json().path("appliedAt").isNull()).isTrue();
			assertThat(server.get("/api/accreditations/" + second).json().path("status").asString()).isEqualTo("ACTIVE");

			after.clock().set(SECOND_EFFECTIVE);
			after.bean(Proceedings.class).applyDue();
			assertThat(server.get("/api/decisions/" + dueAfterRestart).json().path("appliedAt").asString())
				.isEqualTo("2022-03-20T00:00:00+01:00");
			JsonNode withdrawn = server.get("/api/accreditations/" + second).json();
			assertThat(withdrawn.path("status").asString()).isEqualTo("WITHDRAWN");
			assertThat(withdrawn.path("end").asString()).isEqualTo("2022-03-20T00:00:00+01:00");
		}

		assertThat(clock.instant()).as("the test context's clock never reached either instant").isEqualTo(ADOPTION);
		assertThat(applications(dueWhileDown)).containsExactly("system at 2022-03-15T08:00:00+01:00");
		assertThat(applications(dueAfterRestart)).containsExactly("system at 2022-03-20T00:00:00+01:00");
		assertThat(held(mission, "2022-03-09")).isEqualTo(2);
		assertThat(held(mission, "2022-03-10")).isEqualTo(1);
		assertThat(held(mission, "2022-03-20")).isZero();
	}

	/** An executive decision to withdraw the accreditation, drafted and signed on that server. */
	private static String signed(Api server, Api executive, String effectiveDate, String accreditation) {
		List<Object> acts = List.of(Map.of("kind", "WITHDRAW", "accreditationId", accreditation,
				"departureDeadline", effectiveDate));
		Api.Response drafted = server.post("/api/decisions", json("grounds", "Conduct", "classification",
				"NATO UNCLASSIFIED", "effectiveDate", effectiveDate, "acts", acts));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		Api.Response signed = executive.post("/api/decisions/" + drafted.id() + "/signature", "");
		assertThat(signed.status()).as(signed.text()).isEqualTo(200);
		assertThat(signed.json().path("status").asString()).isEqualTo("ADOPTED");
		assertThat(signed.json().path("appliedAt").isNull()).isTrue();
		return drafted.id();
	}

	private int held(String mission, String asOf) {
		return api.get("/api/missions/" + mission + "/strength?asOf=" + asOf).json().path("held").asInt();
	}

	/** Who applied the decision and when, by the journal: one entry per application. */
	private List<String> applications(String decision) {
		List<String> found = new ArrayList<>();
		for (JsonNode entry : api.get("/api/journal?subject=" + decision).json().path("entries")) {
			if (entry.path("action").asString().equals("decision.applied")) {
				found.add(entry.path("actor").asString() + " at " + entry.path("recordedAt").asString());
			}
		}
		return found;
	}
}
