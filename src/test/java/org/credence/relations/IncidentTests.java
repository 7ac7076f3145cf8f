package org.credence.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The Czech–Russian exchange of April 2021 as the register records it: the expulsion, the answer
 * the next day, the cap that answered the answer; and the sources behind each fact.
 */
@CredenceTest
class IncidentTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void now() {
		clock.set(Instant.parse("2022-01-01T08:00:00Z"));
	}

	@Test
	void theExchangeShowsAsATimelineOfWhatAnsweredWhat() {
		String expulsion = record("EXPULSION", "CZE", "RUS", "2021-04-17", "2021-04-19", null,
				Map.of("DIPLOMATIC_AGENT", 18));
		String answer = record("COUNTER_EXPULSION", "RUS", "CZE", "2021-04-18", "2021-04-19", expulsion,
				Map.of("DIPLOMATIC_AGENT", 20));
		String cap = record("MISSION_CAP", "CZE", "RUS", "2021-04-22", "2021-05-31", answer,
				Map.of("DIPLOMATIC_AGENT", 27, "ADMINISTRATIVE_TECHNICAL", 36));
		record("EXPULSION", "POL", "RUS", "2021-04-20", null, null, Map.of("DIPLOMATIC_AGENT", 3));

		JsonNode timeline = api.get("/api/relations/timeline?between=RUS&and=CZE&from=2021-04-01&to=2021-05-31").json();

		assertThat(timeline.path("incidents").findValuesAsString("id")).containsExactly(expulsion, answer, cap);
		JsonNode first = timeline.path("incidents").get(0);
		assertThat(first.path("acting").path("name").asString()).isEqualTo("Czechia");
		assertThat(first.path("answeredBy").valueStream().map(JsonNode::asString)).containsExactly(answer);
		assertThat(timeline.path("incidents").get(1).path("answers").asString()).isEqualTo(expulsion);
		assertThat(timeline.path("incidents").get(2).path("total").asInt()).isEqualTo(63);
		JsonNode russia = timeline.path("sides").get(0);
		assertThat(russia.path("acting").path("code").asString()).isEqualTo("RUS");
		assertThat(russia.path("incidents").asInt()).isEqualTo(1);
		assertThat(russia.path("persons").asInt()).isEqualTo(20);
		JsonNode czechia = timeline.path("sides").get(1);
		assertThat(czechia.path("incidents").asInt()).isEqualTo(2);
		assertThat(czechia.path("persons").asInt()).isEqualTo(81);
	}

	@Test
	void theReceivingPartyIsASideToo() {
		String withdrawal = record("EXPULSION", "HOST", "RUS", "2021-10-06", "2021-10-31", null,
				Map.of("UNSPECIFIED", 8));
		String closure = record("MISSION_CLOSURE", "RUS", "HOST", "2021-10-18", null, withdrawal, Map.of());

		JsonNode timeline = api.get("/api/relations/timeline?between=HOST&and=RUS&from=2021-10-01&to=2021-10-31").json();

		assertThat(timeline.path("incidents").findValuesAsString("id")).containsExactly(withdrawal, closure);
		assertThat(timeline.path("sides").get(0).path("acting").path("name").asString())
			.isEqualTo("North Atlantic Treaty Organization");
	}

	@Test
	void eachFactStandsReportedConfirmedOrDisputedAndByWhom() {
		String expulsion = record("EXPULSION", "ROU", "RUS", "2021-04-26", null, null, Map.of("DIPLOMATIC_AGENT", 1));
		cite(expulsion, null, "REPORTS", "Digi24", "2021-04-26");
		cite(expulsion, null, "CONFIRMS", "Ministry of Foreign Affairs of Romania", "2021-04-26");
		cite(expulsion, "The diplomat was an intelligence officer", "REPORTS", "Digi24", "2021-04-26");
		cite(expulsion, "The diplomat was an intelligence officer", "DENIES", "Embassy of Russia in Bucharest",
				"2021-04-27");

		JsonNode detail = api.get("/api/incidents/" + expulsion).json();

		assertThat(detail.path("citations").findValuesAsString("publisher")).hasSize(4);
		JsonNode whole = detail.path("facts").get(0);
		assertThat(whole.path("fact").isNull()).isTrue();
		assertThat(whole.path("standing").asString()).isEqualTo("CONFIRMED");
		assertThat(whole.path("firstReportedBy").asString()).isEqualTo("Digi24");
		assertThat(whole.path("confirmedBy").valueStream().map(JsonNode::asString))
			.containsExactly("Ministry of Foreign Affairs of Romania");
		JsonNode officers = detail.path("facts").get(1);
		assertThat(officers.path("fact").asString()).isEqualTo("The diplomat was an intelligence officer");
		assertThat(officers.path("standing").asString()).isEqualTo("DISPUTED");
		assertThat(officers.path("deniedBy").valueStream().map(JsonNode::asString))
			.containsExactly("Embassy of Russia in Bucharest");
	}

	@Test
	void personsKnownToTheRegistryAreLinkedAndEveryChangeIsJournaled() {
		String person = fixtures.person("RUS");
		Api.Response created = api.post("/api/incidents", json("kind", "PERSONA_NON_GRATA", "title", "Declared persona non grata",
				"acting", "EST", "affected", "RUS", "occurredOn", "2021-05-10", "classification", "NATO UNCLASSIFIED",
				"counts", Map.of("DIPLOMATIC_AGENT", 1), "persons", List.of(person)));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String incident = created.json().path("id").asString();
		cite(incident, null, "REPORTS", "ERR", "2021-05-10");

		assertThat(created.json().path("persons").valueStream().map(JsonNode::asString)).containsExactly(person);
		assertThat(created.json().path("classification").asString()).isEqualTo("NATO UNCLASSIFIED");
		assertThat(api.get("/api/journal?subject=" + incident).json().path("entries").findValuesAsString("action"))
			.containsExactlyInAnyOrder("incident.recorded", "incident.source-cited");
	}

	@Test
	void countsByYearByActingAndByAffectedParty() {
		record("EXPULSION", "NLD", "RUS", "2020-12-10", null, null, Map.of("DIPLOMATIC_AGENT", 2));
		record("EXPULSION", "AUT", "RUS", "2020-08-24", null, null, Map.of("DIPLOMATIC_AGENT", 1));
		record("COUNTER_EXPULSION", "RUS", "NLD", "2020-12-15", null, null, Map.of("DIPLOMATIC_AGENT", 2));

		JsonNode counts = api.get("/api/relations/counts?from=2020-08-01&to=2020-12-31").json();

		assertThat(counts.path("byYear").get(0).path("key").asString()).isEqualTo("2020");
		assertThat(counts.path("byYear").get(0).path("incidents").asInt()).isEqualTo(3);
		assertThat(counts.path("byYear").get(0).path("persons").asInt()).isEqualTo(5);
		assertThat(counts.path("byActing").findValuesAsString("key")).containsExactly("AUT", "NLD", "RUS");
		assertThat(counts.path("byAffected").get(1).path("key").asString()).isEqualTo("RUS");
		assertThat(counts.path("byAffected").get(1).path("persons").asInt()).isEqualTo(3);
	}

	@Test
	void everyBadFieldIsNamedAndNothingIsWritten() {
		String later = record("EXPULSION", "SVK", "RUS", "2021-04-26", null, null, Map.of("DIPLOMATIC_AGENT", 3));
		int before = api.get("/api/incidents").json().size();

		Map<String, String> errors = assertInvalid(api.post("/api/incidents", json("kind", "EXPULSION", "title", "x",
				"acting", "XXX", "affected", "RUS", "occurredOn", "2021-04-20", "deadlineToLeave", "2021-04-01",
				"classification", "NATO UNCLASSIFIED", "counts", Map.of("SPIES", 3, "SERVICE_STAFF", 0),
				"persons", List.of(UUID.randomUUID().toString()), "answers", later)));

		assertThat(errors).containsOnlyKeys("acting", "deadlineToLeave", "counts.SPIES",
				"counts.SERVICE_STAFF", "persons[0]", "answers");
		assertThat(errors.get("answers")).contains("2021-04-26");
		assertThat(assertInvalid(api.post("/api/incidents", json("kind", "EXPULSION", "title", "x", "acting", "RUS",
				"affected", "RUS", "occurredOn", "2022-01-02", "classification", "NATO UNCLASSIFIED"))))
			.containsOnlyKeys("affected", "occurredOn")
			.containsEntry("affected", "must not be the acting party");
		assertInvalid(api.post("/api/incidents", json("kind", "RETALIATION", "title", "x", "acting", "CZE",
				"affected", "RUS", "occurredOn", "2021-05-02", "classification", "NATO UNCLASSIFIED")));
		assertThat(api.get("/api/incidents").json().size()).isEqualTo(before);
	}

	@Test
	void aCitationNeedsAKnownIncidentAndAWholeSource() {
		String expulsion = record("EXPULSION", "BGR", "RUS", "2021-03-22", null, null, Map.of("DIPLOMATIC_AGENT", 2));

		assertProblem(api.post("/api/incidents/" + UUID.randomUUID() + "/citations", json("stance", "REPORTS",
				"source", Map.of("publisher", "BTA", "publishedOn", "2021-03-22", "title", "t"))), 404, "/problems/not-found");
		assertThat(assertInvalid(api.post("/api/incidents/" + expulsion + "/citations",
				json("stance", "REPORTS", "source", Map.of("publishedOn", "2021-03-22", "title", "t")))))
			.containsKey("source.publisher");
		assertThat(assertInvalid(api.post("/api/incidents/" + expulsion + "/citations",
				json("stance", "REPORTS", "source", Map.of("publisher", "BTA", "publishedOn", "2022-01-02", "title", "t")))))
			.containsKey("source.publishedOn");
		assertThat(api.get("/api/incidents/" + expulsion).json().path("citations").size()).isZero();
	}

	private String record(String kind, String acting, String affected, String occurredOn, String deadline,
			String answers, Map<String, Integer> counts) {
		Api.Response response = api.post("/api/incidents", json("kind", kind, "title", kind + " " + acting + "→" + affected,
				"acting", acting, "affected", affected, "occurredOn", occurredOn, "deadlineToLeave", deadline,
				"answers", answers, "classification", "NATO UNCLASSIFIED", "counts", counts));
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	private void cite(String incident, String fact, String stance, String publisher, String publishedOn) {
		Api.Response response = api.post("/api/incidents/" + incident + "/citations", json("fact", fact, "stance", stance,
				"source", Map.of("publisher", publisher, "publishedOn", publishedOn, "title", "Report of " + publishedOn)));
		assertThat(response.status()).as(response.text()).isEqualTo(201);
	}
}
