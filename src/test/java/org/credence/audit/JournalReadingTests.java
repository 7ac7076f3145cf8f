package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.security.TestAccounts;
import org.credence.host.HostTime;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** Auditors read the journal by subject, actor and days of the receiving party, page by page or as JSON Lines. */
@CredenceTest
class JournalReadingTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	JournalSealer sealer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void daysAreTheReceivingPartysDays() {
		Instant before = clock.instant();
		clock.set(Instant.parse("2030-01-15T23:30:00Z")); // already 16 January in Brussels
		String mission;
		try {
			mission = fixtures.mission("RUS", "2017-01-01");
		}
		finally {
			clock.set(before);
		}

		assertThat(entries("subject=" + mission + "&from=2030-01-16&to=2030-01-16")).hasSize(1);
		assertThat(entries("subject=" + mission + "&from=2030-01-15&to=2030-01-15")).isEmpty();
		assertThat(entries("subject=" + mission + "&to=2030-01-15")).isEmpty();
		assertThat(entries("subject=" + mission + "&from=2030-01-17")).isEmpty();
	}

	@Test
	void entriesAreFilteredBySubjectAndActor() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.mission("RUS", "2017-01-01");

		assertThat(entries("subject=" + mission)).singleElement()
			.satisfies(entry -> assertThat(entry.get("subjectId").asString()).isEqualTo(mission));
		assertThat(entries("subject=" + mission + "&actor=" + TestAccounts.ADMIN_NAME)).hasSize(1);
		assertThat(entries("subject=" + mission + "&actor=someone-else")).isEmpty();
	}

	@Test
	void entriesAreFilteredByActionAndByTheNameOfAMissionWithItsAccreditations() {
		String name = "Mission of Tuvalu " + System.nanoTime();
		String mission = api.post("/api/missions", Fixtures.json("sendingState", "UKR", "name", name, "kind", "EMBASSY",
				"establishedOn", "2017-01-01")).id();
		String accreditation = fixtures.member(mission, "2018-01-10");

		assertThat(entries("name=" + name.toLowerCase().replace(' ', '+') + "&limit=1000"))
			.extracting(entry -> entry.get("subjectId").asString()).containsOnly(mission, accreditation)
			.contains(mission, accreditation);
		assertThat(entries("subject=" + accreditation + "&action=accreditation.approved")).singleElement()
			.satisfies(entry -> assertThat(entry.get("action").asString()).isEqualTo("accreditation.approved"));
		assertThat(entries("name=No+such+mission+or+person")).isEmpty();
	}

	@Test
	void pagesFollowOneAnother() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		for (String day : List.of("2018-01-01", "2019-01-01", "2020-01-01", "2021-01-01")) {
			fixtures.ceiling(mission, day, 30);
		}

		JsonNode first = api.get("/api/journal?subject=" + mission + "&limit=3").json();
		JsonNode second = api.get("/api/journal?subject=" + mission + "&limit=3&after=" + first.get("next").asLong()).json();

		assertThat(first.get("entries")).hasSize(3);
		assertThat(second.get("entries")).hasSize(2);
		assertThat(second.get("next").isNull()).isTrue();
		assertThat(second.get("entries").get(0).get("id").asLong()).isGreaterThan(first.get("entries").get(2).get("id").asLong());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "from=2021-13-01|from", "to=yesterday|to", "from=2021-10-06&to=2021-10-05|to",
			"from=20211006|from", "limit=0|limit", "limit=1001|limit", "limit=many|limit", "after=-1|after",
			"actor=%00|actor", "from=0001-01-01|from", "to=9999-12-31|to" })
	void badFiltersAreProblemsNamingTheField(String query, String field) {
		Api.Response response = api.get("/api/journal?" + query);

		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("type").asString()).isEqualTo("/problems/invalid-input");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
		// The export takes neither limit nor after: there, they are unknown parameters.
		Api.Response export = api.get("/api/journal/export?" + query);
		assertThat(export.status()).as(export.text()).isEqualTo(400);
		assertThat(export.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	@Test
	void theExportIsJsonLinesThatVerifyWithoutTheDatabase() {
		fixtures.member(fixtures.mission("RUS", "2017-01-01"), "2018-01-10");
		sealer.sealPending();

		Api.Response export = api.get("/api/journal/export");

		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentType()).startsWith("application/jsonl");
		List<JournalEntry> sealed = new ArrayList<>();
		for (String line : export.text().split("\n")) {
			JsonNode entry = JSON.readTree(line);
			assertThat(entry.get("recordedAt").asString()).matches(HostTime.PATTERN);
			if (entry.get("position").isNumber()) {
				sealed.add(new JournalEntry(entry.get("id").asLong(), entry.get("position").asLong(),
						OffsetDateTime.parse(entry.get("recordedAt").asString()).toInstant(), entry.get("actor").asString(),
						entry.get("action").asString(), entry.get("subjectType").asString(),
						entry.get("subjectId").asString(), JSON.writeValueAsString(entry.get("change")),
						entry.get("hash").asString(), entry.get("mac").asString()));
			}
		}
		assertThat(sealed).hasSizeGreaterThanOrEqualTo(6);
		sealed.sort(Comparator.comparing(JournalEntry::position));
		String previous = ChainHash.GENESIS;
		for (JournalEntry entry : sealed) {
			assertThat(ChainHash.of(entry, entry.position(), previous)).as("entry %d", entry.id()).isEqualTo(entry.hash());
			previous = entry.hash();
		}
	}

	private List<JsonNode> entries(String query) {
		Api.Response response = api.get("/api/journal?" + query);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return StreamSupport.stream(response.json().get("entries").spliterator(), false).toList();
	}
}
