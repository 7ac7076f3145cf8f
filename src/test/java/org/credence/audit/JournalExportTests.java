package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/** The filtered journal exported whole, streamed, as JSON Lines and as CSV that read back as written. */
@CredenceTest
class JournalExportTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Test
	void jsonLinesOfTheFilteredJournalEachLineAnEntry() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String accreditation = fixtures.member(mission, "2018-01-10");
		String name = api.get("/api/missions/" + mission).json().get("name").asString();

		Api.Response export = api.get("/api/journal/export?name=" + name.replace(' ', '+') + "&action=accreditation.approved");

		assertThat(export.status()).as(export.text()).isEqualTo(200);
		assertThat(export.contentType()).startsWith("application/jsonl");
		assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).isEqualTo("attachment; filename=\"journal.jsonl\"");
		List<JsonNode> lines = Arrays.stream(export.text().split("\n")).map(JSON::readTree).toList();
		assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.get("action").asString()).isEqualTo("accreditation.approved"));
		assertThat(lines).anySatisfy(line -> assertThat(line.get("subjectId").asString()).isEqualTo(accreditation));
	}

	@Test
	void csvWithAHeaderAndEveryFieldQuotedAsNeeded() throws IOException {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String reason = "Cut, as \"agreed\"\non 6 October";
		Api.Response ceiling = api.post("/api/missions/" + mission + "/ceilings",
				Fixtures.json("effectiveOn", "2021-11-01", "total", 10, "reason", reason));
		assertThat(ceiling.status()).as(ceiling.text()).isEqualTo(201);

		Api.Response export = api.get("/api/journal/export/csv?subject=" + mission);
		Api.Response json = api.get("/api/journal/export?subject=" + mission);

		assertThat(export.status()).as(export.text()).isEqualTo(200);
		assertThat(export.contentType()).startsWith("text/csv");
		assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).isEqualTo("attachment; filename=\"journal.csv\"");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(export.text())).getRecords();
		List<JsonNode> entries = Arrays.stream(json.text().split("\n")).map(JSON::readTree).toList();
		assertThat(rows).hasSize(2).hasSameSizeAs(entries);
		for (int i = 0; i < rows.size(); i++) {
			CSVRecord row = rows.get(i);
			JsonNode entry = entries.get(i);
			assertThat(row.get("id")).isEqualTo(entry.get("id").asString());
			assertThat(row.get("recorded_at")).isEqualTo(entry.get("recordedAt").asString());
			assertThat(row.get("subject_id")).isEqualTo(mission);
			assertThat(JSON.readTree(row.get("change"))).isEqualTo(entry.get("change"));
		}
		assertThat(JSON.readTree(rows.get(1).get("change")).get("reason").asString()).isEqualTo(reason);
	}

	@Test
	void badFiltersAreProblemsOnTheCsvExportToo() {
		Api.Response export = api.get("/api/journal/export/csv?action=" + "x".repeat(101));

		assertThat(export.status()).as(export.text()).isEqualTo(400);
		assertThat(export.json().get("errors").get(0).get("field").asString()).isEqualTo("action");
	}
}
