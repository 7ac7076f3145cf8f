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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * March 2018: a mission of 27 under a ceiling of 30, with 3 pending requests. The executive
 * withdraws 7 (leave within a week) and refuses the 3; the council cuts the ceiling to 20, circulated
 * to the 29 members of that day and adopted in silence. Names are invented.
 */
@CredenceTest
class Reference2018Tests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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

	@Test
	void theExecutiveWithdrawsAndRefusesThenTheCouncilCutsTheCeilingInSilence() {
		clock.set(Instant.parse("2018-03-26T08:00:00Z"));
		String mission = fixtures.mission("RUS", "2010-01-01");
		fixtures.ceiling(mission, "2010-01-01", 30);
		List<String> members = new ArrayList<>();
		for (int i = 0; i < 27; i++) {
			members.add(fixtures.member(mission, "2017-01-01"));
		}
		List<String> requests = List.of(fixtures.request(mission, "2018-03-01"), fixtures.request(mission, "2018-03-05"),
				fixtures.request(mission, "2018-03-10"));
		Api officer = api.as(accounts.user(Role.PROTOCOL_OFFICER).token());

		List<Object> executiveActs = new ArrayList<>();
		members.subList(0, 7).forEach(member -> executiveActs.add(Map.of("kind", "WITHDRAW", "accreditationId", member,
				"departureDeadline", "2018-04-02")));
		requests.forEach(request -> executiveActs.add(Map.of("kind", "REFUSE", "accreditationId", request)));
		String executive = draft(officer, executiveActs, Map.of());
		assertThat(api.get("/api/decisions/" + executive).json().path("authority").asString()).isEqualTo("EXECUTIVE");
		Api secretaryGeneral = api.as(accounts.user(Role.EXECUTIVE).token());
		assertThat(secretaryGeneral.post("/api/decisions/" + executive + "/signature", "").status()).isEqualTo(200);
		appliedOnce(executive);

		assertThat(members.subList(0, 7)).allSatisfy(member -> assertThat(status(member)).isEqualTo("WITHDRAWN"));
		assertThat(requests).allSatisfy(request -> assertThat(status(request)).isEqualTo("REFUSED"));
		assertThat(strength(mission).path("held").asInt()).isEqualTo(20);

		String council = draft(officer, List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 20)),
				Map.of("effectiveDate", "2018-04-01"));
		JsonNode circulated = officer.post("/api/decisions/" + council + "/circulation",
				"{\"deadline\": \"2018-03-28T12:00\"}").json();
		assertThat(circulated.path("answers").size()).isEqualTo(29);

		clock.set(Instant.parse("2018-03-31T21:59:59Z"));
		enactment.applyDue();
		JsonNode adopted = api.get("/api/decisions/" + council).json();
		assertThat(adopted.path("status").asString()).as("adopted in silence at the deadline").isEqualTo("ADOPTED");
		assertThat(adopted.path("decidedAt").asString()).isEqualTo("2018-03-28T12:00:00+02:00");
		assertThat(adopted.path("appliedAt").isNull()).isTrue();
		assertThat(strength(mission).path("ceiling").path("total").asInt()).isEqualTo(30);

		clock.set(Instant.parse("2018-03-31T22:00:00Z"));
		appliedOnce(council);
		JsonNode strength = strength(mission);
		assertThat(strength.path("held").asInt()).isEqualTo(20);
		assertThat(strength.path("ceiling").path("total").asInt()).isEqualTo(20);
		assertThat(strength.path("ceiling").path("effectiveFrom").asString()).isEqualTo("2018-04-01T00:00:00+02:00");
		String another = fixtures.request(mission, "2018-04-03");
		assertProblem(api.post("/api/accreditations/" + another + "/approval", "{}"), 422, "/problems/ceiling-exceeded");
	}

	private String draft(Api officer, List<Object> acts, Map<String, Object> effective) {
		Map<String, Object> body = new LinkedHashMap<>(effective);
		body.put("grounds", "Measures following an incident.");
		body.put("classification", "NATO RESTRICTED");
		body.put("acts", acts);
		Api.Response drafted = officer.post("/api/decisions", JSON.writeValueAsString(body));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		return drafted.id();
	}

	/** Applied by this call; a second call finds nothing to do. */
	private void appliedOnce(String decision) {
		enactment.applyDue();
		assertThat(api.get("/api/decisions/" + decision).json().path("appliedAt").isNull()).isFalse();
		enactment.applyDue();
		assertThat(api.get("/api/journal?subject=" + decision).json().path("entries").findValuesAsString("action"))
			.containsOnlyOnce("decision.applied");
	}

	private JsonNode strength(String mission) {
		return api.get("/api/missions/" + mission + "/strength").json();
	}

	private String status(String accreditation) {
		return api.get("/api/accreditations/" + accreditation).json().path("status").asString();
	}
}
