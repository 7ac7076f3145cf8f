package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The impact of a decision before it is applied: computed from the registry as of its effective
 * instant, or another one, as known at a record time; with the other adopted decisions due by then,
 * and warnings that do not stop it.
 */
@CredenceTest
class ImpactTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DecisionEnactment enactment;

	@Autowired
	MutableClock clock;

	CouncilDecisions council;

	String mission;

	List<String> members = new ArrayList<>();

	/** Five members since January 2021 under a ceiling of 20, recorded on 6 October 2021. */
	@BeforeEach
	void missionOfFive() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		council = new CouncilDecisions(api, clock, enactment);
		mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2018-03-27", 20);
		for (int i = 0; i < 5; i++) {
			members.add(fixtures.member(mission, "2021-01-01"));
		}
	}

	@Test
	void aDraftShowsWhoLeavesByWhenAndWhereTheMissionStandsTheMomentAfter() {
		String decision = draft("2021-11-01", withdraw(members.get(0), "2021-10-31"), withdraw(members.get(1), "2021-10-31"),
				ceiling(3));

		JsonNode impact = impact(decision, "");
		assertThat(impact.path("at").asString()).isEqualTo("2021-11-01T00:00:00+01:00");
		JsonNode effect = impact.path("missions").get(0);
		assertThat(effect.path("missionId").asString()).isEqualTo(mission);
		assertThat(effect.path("heldBefore").asInt()).isEqualTo(5);
		assertThat(effect.path("heldAfter").asInt()).isEqualTo(3);
		assertThat(effect.path("ceilingBefore").path("total").asInt()).isEqualTo(20);
		assertThat(effect.path("ceilingAfter").path("total").asInt()).isEqualTo(3);
		assertThat(effect.path("excessAfter").asInt()).isZero();
		assertThat(effect.path("statusBefore").asString()).isEqualTo("ACTIVE");
		assertThat(effect.path("leaving").findValuesAsString("accreditationId"))
			.containsExactlyInAnyOrder(members.get(0), members.get(1));
		assertThat(effect.path("leaving").findValuesAsString("departureDeadline")).containsOnly("2021-10-31");
		assertThat(effect.path("alsoTakingEffect").size()).isZero();
		JsonNode acts = impact.path("acts");
		assertThat(acts.get(0).path("personName").asString()).startsWith("Testov ");
		assertThat(acts.get(2).path("ceilingBefore").path("total").asInt()).isEqualTo(20);
		assertThat(acts.get(2).path("ceilingAfter").path("total").asInt()).isEqualTo(3);
		assertThat(impact.path("warnings").size()).as(impact.toString()).isZero();

		assertThat(api.get("/api/missions/" + mission + "/strength?asOf=2021-11-02").json().path("held").asInt())
			.as("nothing changed").isEqualTo(5);
	}

	@Test
	void atAnotherInstantAndAsKnownAtAnotherRecordTime() {
		String decision = draft("2021-11-01", withdraw(members.get(0), "2021-10-31"), ceiling(4));
		// An arrival in the middle of November: not yet a member on the 1st, one more on 1 December.
		fixtures.member(mission, "2021-11-15");

		JsonNode onFirst = impact(decision, "").path("missions").get(0);
		assertThat(onFirst.path("heldAfter").asInt()).isEqualTo(4);
		JsonNode december = impact(decision, "?at=2021-12-01");
		assertThat(december.path("at").asString()).isEqualTo("2021-12-01T00:00:00+01:00");
		assertThat(december.path("missions").get(0).path("heldBefore").asInt()).isEqualTo(6);
		assertThat(december.path("missions").get(0).path("heldAfter").asInt()).isEqualTo(5);
		assertThat(december.path("missions").get(0).path("excessAfter").asInt()).isEqualTo(1);
		assertThat(codes(december)).containsExactly("OVER_CEILING");

		JsonNode before = impact(decision, "?knownAt=2021-10-06T09:00:00%2B02:00").path("missions").get(0);
		assertThat(before.path("heldBefore").asInt()).as("nothing recorded yet").isZero();
		assertThat(before.path("ceilingBefore").path("total").isNull()).isTrue();

		assertThat(assertInvalid(api.get("/api/decisions/" + decision + "/impact?at=next-month"))).containsKey("at");
		assertThat(assertInvalid(api.get("/api/decisions/" + decision + "/impact?knownAt=1200-01-01")))
			.containsKey("knownAt");
	}

	@Test
	void warnsOfAPersonNotAMemberOrAlreadyLeavingAndOfADeadlineAfterTheInstant() {
		String arriving = fixtures.member(mission, "2021-11-20");
		String decision = draft("2021-11-01", withdraw(arriving, "2021-10-31"), withdraw(members.get(0), "2021-10-31"),
				withdraw(members.get(1), "2021-11-10"), ceiling(10));
		// Recorded after the draft: the person leaves in December anyway.
		Api.Response departure = api.post("/api/accreditations/" + members.get(0) + "/departure",
				json("departureDate", "2021-12-15"));
		assertThat(departure.status()).as(departure.text()).isEqualTo(200);

		JsonNode impact = impact(decision, "");
		assertThat(codes(impact)).containsExactlyInAnyOrder("NOT_A_MEMBER", "ALREADY_LEAVING",
				"EFFECTIVE_BEFORE_DEPARTURE_DEADLINE");
		assertThat(warning(impact, "NOT_A_MEMBER").path("act").asInt()).isEqualTo(1);
		assertThat(warning(impact, "ALREADY_LEAVING").path("act").asInt()).isEqualTo(2);
		assertThat(warning(impact, "EFFECTIVE_BEFORE_DEPARTURE_DEADLINE").path("act").asInt()).isEqualTo(3);
		assertThat(impact.path("missions").get(0).path("heldAfter").asInt()).isEqualTo(3);
	}

	@Test
	void warnsOfACeilingThatLeavesTheMissionOverItWithNoWithdrawal() {
		JsonNode impact = impact(draft("2021-11-01", ceiling(3)), "");
		JsonNode over = warning(impact, "OVER_CEILING");
		assertThat(over.path("missionId").asString()).isEqualTo(mission);
		assertThat(over.path("message").asString()).contains("2 over its ceiling of 3").contains("withdraws no one");
		assertThat(impact.path("missions").get(0).path("excessAfter").asInt()).isEqualTo(2);
	}

	@Test
	void twoAdoptedDecisionsOfTheSameInstantShowTogether() {
		String first = council.circulated("First", "2021-11-01", List.of(withdraw(members.get(0), "2021-10-31"), ceiling(4)));
		String second = council.circulated("Second", "2021-11-01",
				List.of(withdraw(members.get(1), "2021-10-31"), withdraw(members.get(2), "2021-10-31"), ceiling(3)));
		// Past both deadlines (noon on the 31st), before they take effect: adopted in silence, not applied.
		clock.set(Instant.parse("2021-10-31T12:00:00Z"));
		assertThat(api.get("/api/decisions/" + first).json().path("status").asString()).isEqualTo("ADOPTED");
		assertThat(api.get("/api/decisions/" + second).json().path("status").asString()).isEqualTo("ADOPTED");

		JsonNode ofFirst = impact(first, "").path("missions").get(0);
		assertThat(ofFirst.path("alsoTakingEffect").findValuesAsString("id")).containsExactly(second);
		assertThat(ofFirst.path("heldAfter").asInt()).isEqualTo(2);
		assertThat(ofFirst.path("leaving").size()).isEqualTo(3);

		String third = draft("2021-11-01", ceiling(1));
		JsonNode ofThird = impact(third, "");
		JsonNode effect = ofThird.path("missions").get(0);
		assertThat(effect.path("alsoTakingEffect").findValuesAsString("id")).containsExactlyInAnyOrder(first, second);
		assertThat(effect.path("heldAfter").asInt()).isEqualTo(2);
		assertThat(effect.path("ceilingBefore").path("total").asInt()).as("the registry's, the moment before").isEqualTo(20);
		assertThat(effect.path("excessAfter").asInt()).isEqualTo(1);
		assertThat(codes(ofThird)).containsExactly("OVER_CEILING");

		assertThat(impact(third, "?knownAt=2021-10-20").path("missions").get(0).path("alsoTakingEffect").size())
			.as("not adopted yet on the 20th").isZero();
	}

	@Test
	void anAppliedDecisionShowsWhatItWasToDo() {
		String decision = council.applied("Applied", "2021-11-01",
				List.of(withdraw(members.get(0), "2021-10-31"), withdraw(members.get(1), "2021-10-31"), ceiling(3)));

		JsonNode impact = impact(decision, "");
		assertThat(impact.path("missions").get(0).path("heldBefore").asInt()).isEqualTo(5);
		assertThat(impact.path("missions").get(0).path("heldAfter").asInt()).isEqualTo(3);
		assertThat(impact.path("missions").get(0).path("ceilingBefore").path("total").asInt()).isEqualTo(20);
		assertThat(impact.path("warnings").size()).as(impact.toString()).isZero();
	}

	@Test
	void aPersonDeclaredNotAcceptableLeavesTheMissionWhereTheyHoldAPosition() {
		String person = api.get("/api/accreditations/" + members.get(3)).json().path("personId").asString();
		String decision = draft("2021-11-01",
				Map.of("kind", "DECLARE_NOT_ACCEPTABLE", "personId", person, "departureDeadline", "2021-10-31"));

		JsonNode impact = impact(decision, "");
		JsonNode effect = impact.path("missions").get(0);
		assertThat(effect.path("missionId").asString()).isEqualTo(mission);
		assertThat(effect.path("heldAfter").asInt()).isEqualTo(4);
		assertThat(effect.path("leaving").findValuesAsString("accreditationId")).containsExactly(members.get(3));
		assertThat(impact.path("acts").get(0).path("personId").asString()).isEqualTo(person);
	}

	@Test
	void warnsThatAWithdrawnPrincipalsHouseholdLeavesWithThem() {
		Api.Response spouse = api.post("/api/accreditations/" + members.get(2) + "/household", json("personId",
				fixtures.person("RUS"), "relation", "SPOUSE_OR_PARTNER", "linkedFrom", "2015-06-01", "arrivalDate", "2021-01-01"));
		assertThat(spouse.status()).as(spouse.text()).isEqualTo(201);
		Api.Response approval = api.post("/api/accreditations/" + spouse.json().path("accreditationId").asString()
				+ "/approval", "{}");
		assertThat(approval.status()).as(approval.text()).isEqualTo(200);
		String decision = draft("2021-11-01", withdraw(members.get(3), "2021-10-31"), withdraw(members.get(2), "2021-10-31"));

		JsonNode impact = impact(decision, "");
		assertThat(codes(impact)).containsExactly("HOUSEHOLD_PRINCIPAL");
		assertThat(warning(impact, "HOUSEHOLD_PRINCIPAL").path("act").asInt()).isEqualTo(2);
		assertThat(warning(impact, "HOUSEHOLD_PRINCIPAL").path("message").asString()).contains("1 member(s)");
	}

	private JsonNode impact(String decision, String query) {
		Api.Response response = api.get("/api/decisions/" + decision + "/impact" + query);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json();
	}

	private String draft(String effectiveDate, Object... acts) {
		Api.Response drafted = api.post("/api/decisions", json("grounds", "Impact", "classification", "NATO RESTRICTED",
				"effectiveDate", effectiveDate, "acts", List.of(acts)));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		return drafted.id();
	}

	private static Map<String, Object> withdraw(String accreditation, String deadline) {
		return Map.of("kind", "WITHDRAW", "accreditationId", accreditation, "departureDeadline", deadline);
	}

	private Map<String, Object> ceiling(int total) {
		return Map.of("kind", "SET_CEILING", "missionId", mission, "total", total);
	}

	private static List<String> codes(JsonNode impact) {
		return impact.path("warnings").findValuesAsString("code");
	}

	private static JsonNode warning(JsonNode impact, String code) {
		for (JsonNode warning : impact.path("warnings")) {
			if (warning.path("code").asString().equals(code)) {
				return warning;
			}
		}
		throw new AssertionError("No " + code + " in " + impact);
	}
}
