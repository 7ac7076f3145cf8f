package org.credence.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;

import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.MutableClock;

/**
 * The precedents of a measure: one party's earlier measures against a state with what answered each,
 * and that state's measures against others over the same period, as the register holds them or held
 * them at a record time. Parties no other test uses (New Zealand, Mongolia, Uruguay).
 */
@CredenceTest
class PrecedentsTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Test
	void earlierMeasuresWithTheirAnswersAndTheAffectedStatesMeasuresElsewhere() {
		clock.set(Instant.parse("2022-01-01T08:00:00Z"));
		String expulsion = record("EXPULSION", "NZL", "MNG", "2019-03-01", null, Map.of("DIPLOMATIC_AGENT", 3));
		cite(expulsion, "REPORTS", "Daily Record", "2019-03-01");
		cite(expulsion, "CONFIRMS", "Ministry of Foreign Affairs of New Zealand", "2019-03-02");
		String answer = record("COUNTER_EXPULSION", "MNG", "NZL", "2019-03-05", expulsion, Map.of("DIPLOMATIC_AGENT", 2));
		String elsewhere = record("EXPULSION", "URY", "MNG", "2020-01-10", null, Map.of("SERVICE_STAFF", 1));
		String reply = record("COUNTER_EXPULSION", "MNG", "URY", "2020-01-12", elsewhere, Map.of("SERVICE_STAFF", 1));
		record("EXPULSION", "MNG", "URY", "2018-01-01", null, Map.of());
		clock.set(Instant.parse("2022-03-01T08:00:00Z"));
		record("EXPULSION", "NZL", "MNG", "2022-02-01", null, Map.of());
		String cap = record("MISSION_CAP", "NZL", "MNG", "2020-06-01", null, Map.of());

		JsonNode found = precedents("acting=NZL&affected=MNG&before=2021-12-01");

		assertThat(found.path("measures").valueStream().map(m -> m.path("measure").path("id").asString()))
			.containsExactly(expulsion, cap);
		JsonNode first = found.path("measures").get(0);
		assertThat(first.path("measure").path("total").asInt()).isEqualTo(3);
		assertThat(first.path("measure").path("sources").findValuesAsString("publisher"))
			.containsExactly("Daily Record", "Ministry of Foreign Affairs of New Zealand");
		assertThat(first.path("measure").path("standing").get(0).path("standing").asString()).isEqualTo("CONFIRMED");
		assertThat(first.path("answeredBy").get(0).path("incident").path("id").asString()).isEqualTo(answer);
		assertThat(first.path("answeredBy").get(0).path("daysBetween").asInt()).isEqualTo(4);
		assertThat(found.path("measuresByKind").toString()).contains("\"kind\":\"EXPULSION\",\"incidents\":1,\"persons\":3")
			.contains("\"kind\":\"MISSION_CAP\",\"incidents\":1,\"persons\":0");
		assertThat(found.path("answersByKind").toString()).contains("\"kind\":\"COUNTER_EXPULSION\",\"incidents\":1,\"persons\":2");
		assertThat(found.path("periodFrom").asString()).isEqualTo("2019-03-01");
		JsonNode other = found.path("affectedAgainstOthers");
		assertThat(other.size()).as("the 2018 one is before the period").isEqualTo(1);
		assertThat(other.get(0).path("measure").path("id").asString()).isEqualTo(reply);
		assertThat(other.get(0).path("inResponseTo").path("incident").path("id").asString()).isEqualTo(elsewhere);
		assertThat(other.get(0).path("inResponseTo").path("daysBetween").asInt()).isEqualTo(2);

		JsonNode known = precedents("acting=NZL&affected=MNG&before=2021-12-01&knownAt=2022-01-15");
		assertThat(known.path("measures").valueStream().map(m -> m.path("measure").path("id").asString()))
			.as("the cap was recorded in March").containsExactly(expulsion);
		assertThat(known.path("knownAt").asString()).isEqualTo("2022-01-15T00:00:00+01:00");

		assertThat(assertInvalid(api.get("/api/relations/precedents?acting=XX&affected=MNG"))).containsKey("acting");
		assertThat(assertInvalid(api.get("/api/relations/precedents?acting=NZL&affected=NZL"))).containsKey("affected");
		assertThat(assertInvalid(api.get("/api/relations/precedents?acting=NZL&affected=MNG&knownAt=soon")))
			.containsKey("knownAt");
	}

	private JsonNode precedents(String query) {
		Api.Response response = api.get("/api/relations/precedents?" + query);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json();
	}

	private String record(String kind, String acting, String affected, String occurredOn, String answers,
			Map<String, Integer> counts) {
		Api.Response response = api.post("/api/incidents", json("kind", kind, "title", kind + " " + acting + "→" + affected,
				"acting", acting, "affected", affected, "occurredOn", occurredOn, "answers", answers,
				"classification", "NATO UNCLASSIFIED", "counts", counts));
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	private void cite(String incident, String stance, String publisher, String publishedOn) {
		Api.Response response = api.post("/api/incidents/" + incident + "/citations", json("stance", stance,
				"source", Map.of("publisher", publisher, "publishedOn", publishedOn, "title", "Report of " + publishedOn)));
		assertThat(response.status()).as(response.text()).isEqualTo(201);
	}
}
