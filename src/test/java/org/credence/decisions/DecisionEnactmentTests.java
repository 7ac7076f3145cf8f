package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** An adopted decision is applied once, all its acts or none. */
@CredenceTest
class DecisionEnactmentTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	DecisionEnactment enactment;

	@Autowired
	MutableClock clock;

	String mission;

	@BeforeEach
	void now() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		mission = fixtures.mission("RUS", "2017-01-01");
	}

	@Test
	void pollersRacingForTheSameDecisionApplyItOnce() throws Exception {
		String member = fixtures.member(mission, "2021-01-01");
		String decision = signed("2021-10-06", List.of(Map.of("kind", "WITHDRAW", "accreditationId", member,
				"departureDeadline", "2021-10-13")));

		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Integer>> pollers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				pollers.add(enactment::applyDue);
			}
			for (Future<Integer> poller : pool.invokeAll(pollers)) {
				poller.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(api.get("/api/decisions/" + decision).json().path("appliedAt").isNull()).isFalse();

		assertThat(api.get("/api/journal?subject=" + decision).json().path("entries").findValuesAsString("action"))
			.containsOnlyOnce("decision.applied");
		assertThat(api.get("/api/journal?subject=" + member).json().path("entries").findValuesAsString("action"))
			.containsOnlyOnce("accreditation.withdrawn");
	}

	@Test
	void whenTheRegistryRefusesOneActNoneIsApplied() {
		String member = fixtures.member(mission, "2021-01-01");
		String request = fixtures.request(mission, "2021-10-01");
		String decision = signed("2021-10-08", List.of(
				Map.of("kind", "WITHDRAW", "accreditationId", member, "departureDeadline", "2021-10-13"),
				Map.of("kind", "APPROVE", "accreditationId", request)));
		// Decided meanwhile, between signature and effect: the approval can no longer be made.
		assertThat(api.post("/api/accreditations/" + request + "/refusal", json("reason", "meanwhile")).status())
			.isEqualTo(200);

		clock.set(Instant.parse("2021-10-08T08:00:00Z"));
		enactment.applyDue();
		JsonNode outcome = api.get("/api/decisions/" + decision).json();

		assertThat(outcome.path("appliedAt").isNull()).isTrue();
		assertThat(outcome.path("applicationProblem").asString()).contains("already been decided");
		assertThat(api.get("/api/accreditations/" + member).json().path("status").asString()).isEqualTo("ACTIVE");
		assertThat(enactment.applyDue()).as("not tried again").isZero();
	}

	/** An executive decision drafted by the administrator and signed, effective on that day. */
	private String signed(String effectiveDate, List<Object> acts) {
		Api.Response drafted = api.post("/api/decisions", json("grounds", "Conduct", "classification",
				"NATO UNCLASSIFIED", "effectiveDate", effectiveDate, "acts", acts));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		Api executive = api.as(accounts.user(Role.EXECUTIVE).token());
		assertThat(executive.post("/api/decisions/" + drafted.id() + "/signature", "").status()).isEqualTo(200);
		return drafted.id();
	}
}
