package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.host.Host;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * October 2021: one council decision withdraws 8 accreditations of an 18-member mission (leave by
 * the end of October) and cuts its ceiling from 20 to 10 from 00:00 Europe/Brussels on 1 November;
 * circulated on 6 October to the 30 members of that day. Names are invented.
 */
@CredenceTest
class Reference2021Tests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Host host;

	Council council;

	@Autowired
	DecisionEnactment enactment;

	@Autowired
	MutableClock clock;

	String mission;

	List<String> members = new ArrayList<>();

	Api officer;

	@BeforeEach
	void missionOf18UnderACeilingOf20() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		council = new Council(accounts, host, api);
		mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2018-03-27", 20);
		for (int i = 0; i < 18; i++) {
			members.add(fixtures.member(mission, "2021-01-01"));
		}
		officer = api.as(accounts.user(Role.PROTOCOL_OFFICER).token());
	}

	@Test
	void allConcurAndNothingChangesUntilTheFirstOfNovemberWhenEverythingDoes() {
		String decision = circulatedDecision();
		JsonNode circulated = api.get("/api/decisions/" + decision).json();
		assertThat(circulated.path("authority").asString()).isEqualTo("COUNCIL");
		assertThat(circulated.path("effectiveAt").asString()).isEqualTo("2021-11-01T00:00:00+01:00");
		assertThat(circulated.path("circulatedOn").asString()).isEqualTo("2021-10-06");
		assertThat(circulated.path("answers").size()).isEqualTo(30);

		clock.set(Instant.parse("2021-10-07T09:00:00Z"));
		council.allConcur(decision, council.membersOn("2021-10-06"));

		JsonNode adopted = api.get("/api/decisions/" + decision).json();
		assertThat(adopted.path("status").asString()).isEqualTo("ADOPTED");
		assertThat(adopted.path("decidedAt").asString()).isEqualTo("2021-10-07T11:00:00+02:00");
		assertThat(adopted.path("answers").findValuesAsString("answer")).hasSize(30).containsOnly("CONCUR");

		clock.set(Instant.parse("2021-10-31T22:59:59Z"));
		enactment.applyDue();
		assertThat(api.get("/api/decisions/" + decision).json().path("appliedAt").isNull()).isTrue();
		assertThat(strength().path("held").asInt()).isEqualTo(18);
		assertThat(strength().path("ceiling").path("total").asInt()).isEqualTo(20);
		assertThat(status(members.get(0))).isEqualTo("ACTIVE");

		clock.set(Instant.parse("2021-10-31T23:00:00Z"));
		enactment.applyDue();
		assertThat(api.get("/api/decisions/" + decision).json().path("appliedAt").isNull()).isFalse();

		for (String withdrawn : members.subList(0, 8)) {
			JsonNode accreditation = api.get("/api/accreditations/" + withdrawn).json();
			assertThat(accreditation.path("status").asString()).isEqualTo("WITHDRAWN");
			assertThat(accreditation.path("end").asString()).isEqualTo("2021-11-01T00:00:00+01:00");
			assertThat(accreditation.path("departureDeadline").asString()).isEqualTo("2021-10-31");
		}
		assertThat(strength().path("held").asInt()).isEqualTo(10);
		assertThat(strength().path("ceiling").path("total").asInt()).isEqualTo(10);
		assertThat(strength().path("ceiling").path("effectiveFrom").asString()).isEqualTo("2021-11-01T00:00:00+01:00");
		String eleventh = fixtures.request(mission, "2021-11-02");
		assertProblem(api.post("/api/accreditations/" + eleventh + "/approval", "{}"), 422, "/problems/ceiling-exceeded");

		assertThat(enactment.applyDue()).as("applying again changes nothing").isZero();
		assertThat(api.get("/api/missions/" + mission + "/ceilings").json().size()).isEqualTo(2);
		assertThat(api.get("/api/journal?subject=" + decision).json().path("entries").findValuesAsString("action"))
			.containsOnlyOnce("decision.applied");
	}

	@Test
	void oneBreakOfSilenceAndNothingIsEverApplied() {
		String decision = circulatedDecision();
		clock.set(Instant.parse("2021-10-08T09:00:00Z"));
		council.allConcur(decision, List.of("BEL", "FRA"));

		JsonNode broken = council.breakSilence("HUN", decision, "We cannot join consensus.").json();
		assertThat(broken.path("status").asString()).isEqualTo("NOT_ADOPTED");
		assertProblem(council.concur("ITA", decision), 409, "/problems/decision-wrong-step");

		clock.set(Instant.parse("2021-11-15T12:00:00Z"));
		enactment.applyDue();

		JsonNode outcome = api.get("/api/decisions/" + decision).json();
		assertThat(outcome.path("status").asString()).isEqualTo("NOT_ADOPTED");
		assertThat(outcome.path("appliedAt").isNull()).isTrue();
		assertThat(status(members.get(0))).isEqualTo("ACTIVE");
		assertThat(strength().path("held").asInt()).isEqualTo(18);
		assertThat(strength().path("ceiling").path("total").asInt()).isEqualTo(20);
	}

	/** Drafted and circulated by a protocol officer on 2021-10-06, deadline 20 October at noon. */
	private String circulatedDecision() {
		List<Object> acts = new ArrayList<>();
		for (String withdrawn : members.subList(0, 8)) {
			acts.add(Map.of("kind", "WITHDRAW", "accreditationId", withdrawn, "departureDeadline", "2021-10-31"));
		}
		acts.add(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 10));
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("grounds", "Activities incompatible with the status of accredited staff.");
		draft.put("classification", "NATO RESTRICTED");
		draft.put("effectiveEndOfMonth", true);
		draft.put("acts", acts);
		Api.Response drafted = officer.post("/api/decisions", JSON.writeValueAsString(draft));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		Api.Response circulated = officer.post("/api/decisions/" + drafted.id() + "/circulation",
				"{\"deadline\": \"2021-10-20T12:00\"}");
		assertThat(circulated.status()).as(circulated.text()).isEqualTo(200);
		return drafted.id();
	}

	private JsonNode strength() {
		return api.get("/api/missions/" + mission + "/strength").json();
	}

	private String status(String accreditation) {
		return api.get("/api/accreditations/" + accreditation).json().path("status").asString();
	}
}
