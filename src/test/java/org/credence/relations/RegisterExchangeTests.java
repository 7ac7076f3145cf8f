package org.credence.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.MutableClock;

/** The whole register out as one document and back in: all of it, or nothing and every error with its path. */
@CredenceTest
class RegisterExchangeTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void now() {
		clock.set(Instant.parse("2022-03-01T08:00:00Z"));
	}

	@Test
	void anExportedRegisterImportsWhole() {
		String expulsion = api.post("/api/incidents", json("kind", "EXPULSION", "title", "Expulsion", "acting", "SVN",
				"affected", "RUS", "occurredOn", "2021-09-01", "classification", "NATO UNCLASSIFIED", "counts",
				Map.of("DIPLOMATIC_AGENT", 1))).json().path("id").asString();
		api.post("/api/incidents/" + expulsion + "/citations", json("stance", "CONFIRMS", "source",
				Map.of("publisher", "STA", "publishedOn", "2021-09-01", "title", "Diplomat expelled")));

		JsonNode exported = api.get("/api/relations/export").json();
		assertThat(exported.path("format").asString()).isEqualTo("credence-relations/1");
		JsonNode entry = find(exported.path("incidents"), expulsion);
		assertThat(entry.path("citations").get(0).path("publisher").asString()).isEqualTo("STA");

		// The same records under new ids into the register: an answer listed before the incident it answers.
		String original = UUID.randomUUID().toString();
		ObjectNode first = ((ObjectNode) entry.deepCopy()).put("id", original).put("occurredOn", "2021-09-02");
		ObjectNode answer = first.deepCopy().put("id", UUID.randomUUID().toString()).put("kind", "COUNTER_EXPULSION")
			.put("acting", "RUS").put("affected", "SVN").put("occurredOn", "2021-09-03").put("answers", original);
		String forumName = "Forum " + UUID.randomUUID();
		String document = JSON.writeValueAsString(Map.of("format", "credence-relations/1", "incidents", List.of(answer, first),
				"forums", List.of(Map.of("id", UUID.randomUUID().toString(), "name", forumName, "participants",
						List.of("HOST", "SVN"), "classification", "NATO UNCLASSIFIED", "meetings", List.of(Map.of("heldOn",
								"2021-05-05", "level", "Ministers", "topics", "t", "classification", "NATO UNCLASSIFIED")),
						"proposals", List.of(Map.of("proposedBy", "SVN", "proposedOn", "2021-06-01", "awaiting", "HOST",
								"topics", "t", "status", "LAPSED", "answeredOn", "2021-12-01", "classification",
								"NATO UNCLASSIFIED"))))));

		Api.Response imported = api.post("/api/relations/import", document);

		assertThat(imported.status()).as(imported.text()).isEqualTo(200);
		assertThat(imported.json().path("incidents").asInt()).isEqualTo(2);
		assertThat(imported.json().path("citations").asInt()).isEqualTo(2);
		assertThat(imported.json().path("proposals").asInt()).isEqualTo(1);
		JsonNode answered = api.get("/api/incidents/" + original).json();
		assertThat(answered.path("incident").path("answeredBy").get(0).asString()).isEqualTo(answer.path("id").asString());
		assertThat(answered.path("facts").get(0).path("standing").asString()).isEqualTo("CONFIRMED");
		assertThat(api.get("/api/forums").json().findValuesAsString("name")).contains(forumName);
	}

	@Test
	void aBadDocumentIsRefusedWithEveryErrorAndNothingIsWritten() {
		int incidents = api.get("/api/incidents").json().size();
		int forums = api.get("/api/forums").json().size();
		String id = UUID.randomUUID().toString();
		Map<String, Object> valid = Map.of("id", id, "kind", "EXPULSION", "title", "t", "acting", "LVA", "affected",
				"RUS", "occurredOn", "2021-01-01", "classification", "NATO UNCLASSIFIED", "counts", Map.of(), "persons",
				List.of(), "citations", List.of());
		ObjectNode noTitle = JSON.valueToTree(valid);
		noTitle.put("id", UUID.randomUUID().toString()).remove("title");
		ObjectNode spies = JSON.valueToTree(valid);
		spies.put("id", UUID.randomUUID().toString()).set("counts", JSON.valueToTree(Map.of("SPIES", 2)));
		((ArrayNode) spies.withArray("citations")).add(JSON.valueToTree(Map.of("stance", "REPORTS", "publisher", "LSM",
				"publishedOn", "2023-01-01", "title", "t")));
		ObjectNode sameId = JSON.valueToTree(valid);
		String document = JSON.writeValueAsString(Map.of("format", "credence-relations/1",
				"incidents", List.of(valid, noTitle, spies, sameId),
				"forums", List.of(Map.of("id", UUID.randomUUID().toString(), "name", "Forum " + UUID.randomUUID(),
						"participants", List.of("HOST", "LVA"), "classification", "NATO UNCLASSIFIED", "meetings", List.of(),
						"proposals", List.of(Map.of("proposedBy", "HOST", "proposedOn", "2021-06-01", "awaiting", "CHN",
								"topics", "t", "status", "PROPOSED", "classification", "NATO UNCLASSIFIED"))))));

		Map<String, String> errors = assertInvalid(api.post("/api/relations/import", document));

		assertThat(errors).containsOnlyKeys("incidents[1].title", "incidents[2].counts.SPIES",
				"incidents[2].citations[0].publishedOn", "incidents[3].id", "forums[0].proposals[0].awaiting");
		assertThat(api.get("/api/incidents").json().size()).isEqualTo(incidents);
		assertThat(api.get("/api/forums").json().size()).isEqualTo(forums);
		assertThat(api.get("/api/incidents/" + id).status()).isEqualTo(404);
	}

	@Test
	void aDocumentOfAnotherFormatIsRefused() {
		assertThat(assertInvalid(api.post("/api/relations/import", json("format", "something-else", "incidents",
				List.of(), "forums", List.of())))).containsOnlyKeys("format");
	}

	private static JsonNode find(JsonNode entries, String id) {
		for (JsonNode entry : entries) {
			if (entry.path("id").asString().equals(id)) {
				return entry;
			}
		}
		throw new AssertionError("No entry " + id + " in " + entries);
	}
}
