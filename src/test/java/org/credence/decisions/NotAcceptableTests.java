package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * Persona non grata (VCDR art. 9) by decision of the council: the person's position is withdrawn at
 * the effective instant and they cannot be accredited to any mission until the declaration is lifted.
 */
@CredenceTest
class NotAcceptableTests {

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

	CouncilDecisions council;

	String mission;

	String elsewhere;

	@BeforeEach
	void now() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		council = new CouncilDecisions(api, clock, enactment);
		mission = fixtures.mission("RUS", "2017-01-01");
		elsewhere = fixtures.mission("BLR", "2017-01-01");
	}

	@Test
	void aDeclarationEndsThePositionAndBarsThePersonEverywhereUntilItIsLifted() {
		String member = fixtures.member(mission, "2021-01-01");
		String person = personOf(member);
		String declaration = council.circulated("Activities incompatible with diplomatic status", "2021-11-01",
				List.of(Map.of("kind", "DECLARE_NOT_ACCEPTABLE", "personId", person, "departureDeadline", "2021-11-08")));

		clock.set(Instant.parse("2021-10-31T20:00:00Z"));
		assertThat(api.get("/api/decisions/" + declaration).json().path("status").asString()).isEqualTo("ADOPTED");
		assertThat(api.get("/api/persons/" + person).json().path("notAcceptableSince").isNull())
			.as("adopted, not yet in effect").isTrue();
		assertThat(api.get("/api/accreditations/" + member).json().path("status").asString()).isEqualTo("ACTIVE");

		assertThat(council.applyOn(declaration, "2021-11-01").path("appliedAt").isNull()).isFalse();
		JsonNode withdrawn = api.get("/api/accreditations/" + member).json();
		assertThat(withdrawn.path("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.path("end").asString()).isEqualTo("2021-11-01T00:00:00+01:00");
		assertThat(withdrawn.path("departureDeadline").asString()).isEqualTo("2021-11-08");
		assertThat(api.get("/api/persons/" + person).json().path("notAcceptableSince").asString())
			.isEqualTo("2021-11-01T00:00:00+01:00");
		String name = api.get("/api/persons/" + person).json().path("nameLatin").asString();
		assertThat(api.get("/api/persons?name=" + name.replace(" ", "%20")).json().valueStream()
			.filter(found -> found.path("id").asString().equals(person))
			.map(found -> found.path("notAcceptableSince").asString())).as("as the search lists them")
			.containsExactly("2021-11-01T00:00:00+01:00");
		JsonNode refused = assertProblem(fixtures.arrival(elsewhere, person, "DIPLOMATIC_AGENT", "2021-11-05"), 422,
				"/problems/person-not-acceptable");
		assertThat(refused.path("notAcceptableSince").asString()).isEqualTo("2021-11-01T00:00:00+01:00");
		assertThat(refused.path("detail").asString()).contains("declared not acceptable", "until that is lifted");

		String lifting = council.circulated("Reconsidered", "2021-12-01",
				List.of(Map.of("kind", "LIFT_NOT_ACCEPTABLE", "personId", person)));
		clock.set(Instant.parse("2021-11-20T08:00:00Z"));
		assertProblem(fixtures.arrival(elsewhere, person, "DIPLOMATIC_AGENT", "2021-12-05"), 422,
				"/problems/person-not-acceptable");
		council.applyOn(lifting, "2021-12-01");

		assertThat(api.get("/api/persons/" + person).json().path("notAcceptableSince").isNull()).isTrue();
		assertProblem(fixtures.arrival(elsewhere, person, "DIPLOMATIC_AGENT", "2021-11-20"), 422,
				"/problems/person-not-acceptable");
		Api.Response again = fixtures.arrival(elsewhere, person, "DIPLOMATIC_AGENT", "2021-12-02");
		assertThat(again.status()).as(again.text()).isEqualTo(201);
		assertThat(api.post("/api/accreditations/" + again.id() + "/approval", "{}").status()).isEqualTo(200);

		assertThat(history("/api/persons/" + person + "/history")).contains(
				tuple("DECLARED_NOT_ACCEPTABLE", "2021-11-01T00:00:00+01:00", null, "decision " + declaration),
				tuple("DECISION_APPLIED", "2021-11-01T00:00:00+01:00", declaration,
						"Activities incompatible with diplomatic status"),
				tuple("NOT_ACCEPTABLE_LIFTED", "2021-12-01T00:00:00+01:00", null, "decision " + lifting),
				tuple("DECISION_APPLIED", "2021-12-01T00:00:00+01:00", lifting, "Reconsidered"));
		assertThat(history("/api/missions/" + mission + "/history")).as("the mission whose member it withdrew")
			.contains(tuple("WITHDRAWN", "2021-11-01T00:00:00+01:00", null, "decision " + declaration),
					tuple("DECISION_APPLIED", "2021-11-01T00:00:00+01:00", declaration,
							"Activities incompatible with diplomatic status"));
		assertThat(history("/api/missions/" + elsewhere + "/history")).extracting(row -> row.toList().get(0))
			.doesNotContain("DECISION_APPLIED");
	}

	@Test
	void aPendingRequestOfADeclaredPersonCannotBeApprovedAtAnyMission() {
		String request = fixtures.request(elsewhere, "2021-10-01");
		String person = personOf(request);
		String approval = signedApproval(request);
		council.applied("Conduct", "2021-11-01",
				List.of(Map.of("kind", "DECLARE_NOT_ACCEPTABLE", "personId", person)));

		assertThat(api.get("/api/accreditations/" + request).json().path("status").asString()).isEqualTo("REQUESTED");
		assertProblem(api.post("/api/accreditations/" + request + "/approval", "{}"), 422,
				"/problems/person-not-acceptable");
		JsonNode outcome = council.applyOn(approval, "2021-11-03");
		assertThat(outcome.path("appliedAt").isNull()).as("the registry checks again at application").isTrue();
		assertThat(outcome.path("applicationProblem").asString()).contains("declared not acceptable");
	}

	@Test
	void draftsThatCannotApplyToThePersonAreRefusedFieldByField() {
		String member = fixtures.member(mission, "2021-01-01");
		String holder = personOf(member);
		String free = fixtures.person("RUS");

		assertThat(invalid(List.of(Map.of("kind", "DECLARE_NOT_ACCEPTABLE", "personId", holder))))
			.containsOnlyKeys("acts[0].departureDeadline");
		assertThat(invalid(List.of(Map.of("kind", "LIFT_NOT_ACCEPTABLE", "personId", free))))
			.containsEntry("acts[0].personId", "is not declared not acceptable");
		assertThat(invalid(List.of(Map.of("kind", "DECLARE_NOT_ACCEPTABLE", "personId", mission))))
			.containsEntry("acts[0].personId", "must name a person");
		assertThat(invalid(List.of(Map.of("kind", "DECLARE_NOT_ACCEPTABLE"))))
			.containsEntry("acts[0].personId", "must name a person");
		assertThat(invalid(List.of(Map.of("kind", "DECLARE_NOT_ACCEPTABLE", "personId", free),
				Map.of("kind", "LIFT_NOT_ACCEPTABLE", "personId", free))))
			.containsOnlyKeys("acts[1].personId");

		// Two declarations of one person, both adopted: the second finds the person already declared.
		String first = council.circulated("First", "2021-11-01",
				List.of(Map.of("kind", "DECLARE_NOT_ACCEPTABLE", "personId", free)));
		String second = council.circulated("Second", "2021-11-02",
				List.of(Map.of("kind", "DECLARE_NOT_ACCEPTABLE", "personId", free)));
		council.applyOn(first, "2021-11-01");
		JsonNode outcome = council.applyOn(second, "2021-11-02");
		assertThat(outcome.path("appliedAt").isNull()).isTrue();
		assertThat(outcome.path("applicationProblem").asString()).contains("already declared not acceptable");

		assertThat(invalid(List.of(Map.of("kind", "DECLARE_NOT_ACCEPTABLE", "personId", free))))
			.containsEntry("acts[0].personId", "is already declared not acceptable, since 2021-11-01");
	}

	private String personOf(String accreditation) {
		return api.get("/api/accreditations/" + accreditation).json().path("personId").asString();
	}

	/** An executive decision approving the request on 2021-11-03, signed now. */
	private String signedApproval(String request) {
		Api.Response drafted = api.post("/api/decisions", json("grounds", "Approve",
				"classification", "NATO UNCLASSIFIED", "effectiveDate", "2021-11-03", "acts",
				List.of(Map.of("kind", "APPROVE", "accreditationId", request))));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		Api executive = api.as(accounts.user(Role.EXECUTIVE).token());
		assertThat(executive.post("/api/decisions/" + drafted.id() + "/signature", "").status()).isEqualTo(200);
		return drafted.id();
	}

	private Map<String, String> invalid(List<Object> acts) {
		return assertInvalid(api.post("/api/decisions",
				json("grounds", "x", "classification", "x", "acts", acts)));
	}

	/** (kind, occurredAt, decisionId, reason) of each entry. */
	private List<Tuple> history(String path) {
		List<Tuple> rows = new ArrayList<>();
		for (JsonNode entry : api.get(path).json()) {
			rows.add(tuple(entry.path("kind").asString(), entry.path("occurredAt").asString(),
					entry.path("decisionId").isNull() ? null : entry.path("decisionId").asString(),
					entry.path("reason").isNull() ? null : entry.path("reason").asString()));
		}
		return rows;
	}
}
