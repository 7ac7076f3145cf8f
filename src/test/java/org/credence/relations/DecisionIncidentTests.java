package org.credence.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.decisions.Proceedings;
import org.credence.registry.web.Pages;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** The receiving party's withdrawals enter the register by themselves once the decision takes effect. */
@CredenceTest
class DecisionIncidentTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	Proceedings proceedings;

	@Test
	void aWithdrawalThatTookEffectIsAnIncidentOfTheReceivingPartyAgainstTheSendingState() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		String mission = fixtures.mission("BLR", "2017-01-01");
		String first = fixtures.member(mission, "2021-01-01");
		String second = fixtures.member(mission, "2021-01-01");
		fixtures.member(mission, "2021-01-01");
		Api.Response drafted = api.post("/api/decisions", json("grounds", "Activities incompatible with their status",
				"classification", "NATO RESTRICTED", "acts", List.of(
						Map.of("kind", "WITHDRAW", "accreditationId", first, "departureDeadline", "2021-10-31"),
						Map.of("kind", "WITHDRAW", "accreditationId", second, "departureDeadline", "2021-10-20"))));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		String decision = drafted.id();
		assertThat(api.get("/api/incidents?between=HOST&and=BLR").json().size()).isZero();

		api.as(accounts.user(Role.EXECUTIVE).token()).post("/api/decisions/" + decision + "/signature", "");
		proceedings.applyDue();
		assertThat(api.get("/api/decisions/" + decision).json().path("appliedAt").isNull()).isFalse();

		JsonNode incidents = api.get("/api/incidents?between=HOST&and=BLR").json();
		assertThat(incidents.size()).isEqualTo(1);
		JsonNode incident = incidents.get(0);
		assertThat(incident.path("decision").asString()).isEqualTo(decision);
		assertThat(incident.path("acting").path("code").asString()).isEqualTo("HOST");
		assertThat(incident.path("affected").path("code").asString()).isEqualTo("BLR");
		assertThat(incident.path("kind").asString()).isEqualTo("EXPULSION");
		assertThat(incident.path("occurredOn").asString()).isEqualTo("2021-10-06");
		assertThat(incident.path("deadlineToLeave").asString()).isEqualTo("2021-10-31");
		assertThat(incident.path("counts").path("DIPLOMATIC_AGENT").asInt()).isEqualTo(2);
		assertThat(incident.path("classification").asString()).isEqualTo("NATO RESTRICTED");
		assertThat(incident.path("grounds").asString()).isEqualTo("Activities incompatible with their status");
		List<String> withdrawnPersons = List.of(personOf(first), personOf(second));
		assertThat(incident.path("persons").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrderElementsOf(withdrawnPersons);
		String reference = api.get("/api/decisions/" + decision).json().path("reference").asString();
		assertThat(reference).matches("Executive decision 2021-\\d+ \\(2 withdrawals\\)");
		Pages pages = new Pages(api.baseUrl());
		assertThat(pages.get("/incidents/" + incident.path("id").asString() + "?lang=en").html())
			.contains("id=\"from-decision\"", "href=\"/decisions/" + decision + "\"",
					"<h1>Withdrawal of 2 accreditations — " + reference + "</h1>", ">" + reference + "</a>");
		assertThat(pages.get("/incidents/" + incident.path("id").asString() + "?lang=fr").html())
			.containsPattern("<h1>Retrait de 2 accréditations — Décision de l’exécutif 2021-\\d+ \\(2 retraits\\)</h1>");
	}

	@Test
	void aDecisionCitesIncidentsAsGroundsAndTheIncidentListsIt() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		String mission = fixtures.mission("KAZ", "2017-01-01");
		String member = fixtures.member(mission, "2021-01-01");
		String incident = api.post("/api/incidents", json("kind", "EXPULSION", "title", "Expulsion of two staff", "acting",
				"KAZ", "affected", "HOST", "occurredOn", "2021-09-30", "classification", "NATO UNCLASSIFIED")).json()
			.path("id").asString();
		List<Map<String, String>> acts = List.of(
				Map.of("kind", "WITHDRAW", "accreditationId", member, "departureDeadline", "2021-10-31"));
		String unknown = java.util.UUID.randomUUID().toString();

		assertThat(assertInvalid(api.post("/api/decisions", json("grounds", "Reciprocity", "classification",
				"NATO RESTRICTED", "acts", acts, "incidents", List.of(incident, unknown, incident)))))
			.containsOnlyKeys("incidents[1]", "incidents[2]");
		Api.Response drafted = api.post("/api/decisions", json("grounds", "Reciprocity", "classification",
				"NATO RESTRICTED", "acts", acts, "incidents", List.of(incident)));

		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		assertThat(drafted.json().path("incidents").valueStream().map(JsonNode::asString)).containsExactly(incident);
		assertThat(api.get("/api/incidents/" + incident).json().path("incident").path("citedBy").valueStream()
			.map(JsonNode::asString)).containsExactly(drafted.id());
		assertThat(new Pages(api.baseUrl()).get("/incidents/" + incident + "?lang=en").html())
			.contains("href=\"/decisions/" + drafted.id() + "\"")
			.containsPattern(">Executive decision 2021-\\d+ \\(1 withdrawal\\) \\(Draft\\): Reciprocity</a>");
	}

	private String personOf(String accreditation) {
		return api.get("/api/accreditations/" + accreditation).json().path("personId").asString();
	}
}
