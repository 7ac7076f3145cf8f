package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
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

/** The silence procedure's rules, the executive's signature and the problems of bad input. */
@CredenceTest
class ProcedureRulesTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Host host;

	@Autowired
	DecisionEnactment enactment;

	@Autowired
	MutableClock clock;

	Council council;

	String mission;

	@BeforeEach
	void now() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		council = new Council(accounts, host, api);
		mission = fixtures.mission("RUS", "2017-01-01");
	}

	@Test
	void silenceKeptUntilTheDeadlineAdoptsItAndLaterAnswersAreRefusedNamingTheDeadline() {
		String decision = circulatedCeiling("2021-10-20T12:00");
		council.allConcur(decision, List.of("FRA"));

		clock.set(Instant.parse("2021-10-20T10:00:00Z"));
		JsonNode late = assertProblem(council.concur("DEU", decision), 409, "/problems/decision-deadline-passed");

		assertThat(late.path("detail").asString()).isEqualTo("The deadline, 2021-10-20 12:00 Europe/Brussels, has passed.");
		assertThat(late.path("deadline").asString()).isEqualTo("2021-10-20T12:00:00+02:00");
		JsonNode adopted = api.get("/api/decisions/" + decision).json();
		assertThat(adopted.path("status").asString()).isEqualTo("ADOPTED");
		assertThat(adopted.path("decidedAt").asString()).isEqualTo("2021-10-20T12:00:00+02:00");
		assertThat(adopted.path("answers").get(0).path("state").asString()).isEqualTo("ALB");
		assertThat(adopted.path("answers").get(0).path("answer").isNull()).isTrue();
	}

	@Test
	void anAdoptionBySilenceIsRecordedAsTheDeadlinesNotAsTheActOfWhoeverReadsItFirst() {
		String decision = circulatedCeiling("2021-10-20T12:00");
		Api auditor = api.as(accounts.user(Role.AUDITOR).token());

		clock.set(Instant.parse("2021-10-21T07:00:00Z"));
		assertThat(auditor.get("/api/decisions/" + decision).json().path("status").asString()).isEqualTo("ADOPTED");

		List<String> adoptions = new ArrayList<>();
		for (JsonNode entry : api.get("/api/journal?subject=" + decision).json().path("entries")) {
			if (entry.path("action").asString().equals("decision.adopted")) {
				adoptions.add(entry.path("actor").asString() + " by " + entry.path("change").path("by").asString());
			}
		}
		assertThat(adoptions).containsExactly("system by silence");
	}

	@Test
	void aDelegateAnswersOnlyForAStateThatWasAskedAndOnlyOnce() {
		String decision = circulatedCeiling("2021-10-20T12:00");

		assertProblem(council.concur("SWE", decision), 403, "/problems/decision-not-circulated-to-state");
		assertThat(council.concur("NOR", decision).status()).isEqualTo(200);
		assertProblem(council.concur("NOR", decision), 409, "/problems/decision-already-answered");
		assertProblem(council.concur("NOR", UUID.randomUUID().toString()), 404, "/problems/not-found");
		assertProblem(api.post("/api/decisions/" + decision + "/answers", "{\"answer\": \"CONCUR\"}"), 403,
				"/problems/forbidden");
		assertInvalid(council.delegate("NOR").post("/api/decisions/" + decision + "/answers",
				"{\"answer\": \"BREAK_SILENCE\"}"));
	}

	@Test
	void theProposerMayWithdrawBeforeTheDeadlineAndNoOneElseMay() {
		String decision = circulatedCeiling("2021-10-20T12:00");
		Api other = api.as(accounts.user(Role.PROTOCOL_OFFICER).token());

		assertProblem(other.post("/api/decisions/" + decision + "/withdrawal", ""), 403, "/problems/decision-not-proposer");
		assertThat(api.post("/api/decisions/" + decision + "/withdrawal", "").json().path("status").asString())
			.isEqualTo("WITHDRAWN");
		assertProblem(council.concur("FRA", decision), 409, "/problems/decision-wrong-step");
	}

	@Test
	void anExecutiveDecisionIsSignedNotCirculatedAndTakesEffectWhenSigned() {
		String member = fixtures.member(mission, "2021-01-01");
		String decision = draft(json("grounds", "Conduct", "classification", "NATO UNCLASSIFIED", "acts",
				List.of(Map.of("kind", "WITHDRAW", "accreditationId", member, "departureDeadline",
						"2021-10-13"))));
		assertThat(api.get("/api/decisions/" + decision).json().path("authority").asString()).isEqualTo("EXECUTIVE");

		assertProblem(api.post("/api/decisions/" + decision + "/circulation", "{\"deadline\": \"2021-10-20T12:00\"}"),
				409, "/problems/decision-wrong-authority");
		Api executive = api.as(accounts.user(Role.EXECUTIVE).token());
		JsonNode signed = executive.post("/api/decisions/" + decision + "/signature", "").json();
		assertThat(signed.path("status").asString()).isEqualTo("ADOPTED");
		assertProblem(executive.post("/api/decisions/" + decision + "/signature", ""), 409, "/problems/decision-wrong-step");

		enactment.applyDue();
		assertThat(api.get("/api/decisions/" + decision).json().path("appliedAt").isNull()).isFalse();
		JsonNode withdrawn = api.get("/api/accreditations/" + member).json();
		assertThat(withdrawn.path("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.path("end").asString()).isEqualTo("2021-10-06T10:00:00+02:00");
	}

	@Test
	void theProposerMayGiveMoreTimeBeforeTheDeadlineAndTheDelegatesSeeItInTheirList() {
		String decision = circulatedCeiling("2021-10-20T12:00");

		assertThat(assertInvalid(api.post("/api/decisions/" + decision + "/deadline",
				json("deadline", "2021-10-19T12:00")))).containsKey("deadline");
		JsonNode extended = api.post("/api/decisions/" + decision + "/deadline", json("deadline", "2021-10-27T12:00")).json();
		assertThat(extended.path("deadline").asString()).isEqualTo("2021-10-27T12:00:00+02:00");
		assertThat(council.delegate("FRA").get("/api/decisions?status=CIRCULATED").json().findValuesAsString("id"))
			.contains(decision);

		clock.set(Instant.parse("2021-10-25T10:00:00Z"));
		assertThat(council.concur("DEU", decision).status()).as("still open").isEqualTo(200);
		clock.set(Instant.parse("2021-10-27T10:00:00Z"));
		assertProblem(api.post("/api/decisions/" + decision + "/deadline", json("deadline", "2021-10-30T12:00")), 409,
				"/problems/decision-deadline-passed");
		assertThat(api.get("/api/decisions?status=ADOPTED").json().findValuesAsString("id")).contains(decision);
	}

	private String circulatedCeiling(String deadline) {
		String decision = draft(json("grounds", "Reciprocity", "classification", "NATO RESTRICTED", "effectiveDate",
				"2021-11-01", "effectiveTime", "09:30", "acts",
				List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 10))));
		Api.Response circulated = api.post("/api/decisions/" + decision + "/circulation", json("deadline", deadline));
		assertThat(circulated.status()).as(circulated.text()).isEqualTo(200);
		assertThat(circulated.json().path("effectiveAt").asString()).isEqualTo("2021-11-01T09:30:00+01:00");
		return decision;
	}

	private String draft(String body) {
		Api.Response drafted = api.post("/api/decisions", body);
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		return drafted.id();
	}
}
