package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** A draft whose acts cannot apply, or whose effective instant or deadline is not valid, is refused field by field. */
@CredenceTest
class DraftInputTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	String mission;

	@BeforeEach
	void now() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		mission = fixtures.mission("RUS", "2017-01-01");
	}

	@Test
	void badDraftsAreRefusedFieldByField() {
		String request = fixtures.request(mission, "2021-10-01");

		assertThat(assertInvalid(api.post("/api/decisions", json("grounds", "x", "classification", "x", "acts",
				List.of())))).containsKey("acts");
		assertThat(assertInvalid(api.post("/api/decisions", json("grounds", "x", "classification", "x", "acts",
				List.of(Map.of("kind", "WITHDRAW", "accreditationId", request))))))
			.containsKeys("acts[0].accreditationId", "acts[0].departureDeadline");
		assertThat(assertInvalid(api.post("/api/decisions", json("grounds", "x", "classification", "x",
				"effectiveEndOfMonth", true, "effectiveDate", "2021-11-01", "acts",
				List.of(Map.of("kind", "REFUSE", "accreditationId", request))))))
			.containsKey("effectiveEndOfMonth");
		assertInvalid(api.post("/api/decisions", json("grounds", "x", "classification", "x", "acts",
				List.of(Map.of("kind", "EXPEL", "accreditationId", request)))));
		String decision = circulatedCeiling("2021-10-20T12:00");
		assertProblem(api.post("/api/decisions/" + decision + "/circulation", "{\"deadline\": \"2021-10-21T12:00\"}"),
				409, "/problems/decision-wrong-step");
		String another = draft(json("grounds", "x", "classification", "x", "acts",
				List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 5))));
		assertThat(assertInvalid(api.post("/api/decisions/" + another + "/circulation",
				"{\"deadline\": \"2021-10-06T09:00\"}"))).containsKey("deadline");
	}

	@Test
	void anEffectiveTimeMustBeATimeOfDayOnADate() {
		assertThat(assertInvalid(api.post("/api/decisions", json("grounds", "x", "classification", "x",
				"effectiveDate", "2021-11-01", "effectiveTime", "25:00", "acts", ceiling())))).containsKey("effectiveTime");
		assertThat(assertInvalid(api.post("/api/decisions", json("grounds", "x", "classification", "x",
				"effectiveTime", "09:00", "acts", ceiling())))).containsKey("effectiveDate");
	}

	private String circulatedCeiling(String deadline) {
		String decision = draft(json("grounds", "Reciprocity", "classification", "NATO RESTRICTED", "acts", ceiling()));
		Api.Response circulated = api.post("/api/decisions/" + decision + "/circulation", json("deadline", deadline));
		assertThat(circulated.status()).as(circulated.text()).isEqualTo(200);
		return decision;
	}

	private List<Object> ceiling() {
		return List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 10));
	}

	private String draft(String body) {
		Api.Response drafted = api.post("/api/decisions", body);
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		return drafted.id();
	}
}
