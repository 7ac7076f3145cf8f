package org.credence.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * An office's records from CSV over the API: a dry run names every error by line and column and
 * writes nothing; a real run writes every row or, with one bad row, none; one journal entry per import.
 */
@CredenceTest
class IntakeTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void today() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
	}

	@Test
	void aDryRunReportsEveryErrorByLineAndColumnAndWritesNothing() {
		String mission = "Intake mission " + UUID.randomUUID();
		String good = IntakeFiles.row(mission, "RUS", "2020-01-15");
		String csv = IntakeFiles.HEADER + good
				+ IntakeFiles.row(mission, "XXX", "2020-01-15")
				+ IntakeFiles.row(mission, "RUS", "2020-13-01")
				+ IntakeFiles.row(mission, "RUS", "2020-01-15").replace("DIPLOMATIC_AGENT", "AMBASSADOR")
				+ good.replace(good.substring(good.indexOf(",C-")), ",,\n")
				+ IntakeFiles.row(mission, "RUS", "2020-01-15").replace(",Counsellor,", ",,")
				+ IntakeFiles.row(mission, "RUS", "2020-01-15").replace("2026-01-01", "2019-01-01")
				+ IntakeFiles.row(mission, "RUS", "2022-01-15")
				+ "too,few,fields\n";
		List<Long> before = counts();

		JsonNode job = IntakeFiles.run(api, csv, true);

		assertThat(job.get("state").asString()).isEqualTo("DONE");
		assertThat(job.get("written").asBoolean()).isFalse();
		assertThat(job.get("rowsTotal").asInt()).isEqualTo(9);
		assertThat(job.get("errors").valueStream().map(error -> tuple(error.get("line").asLong(),
				error.get("column").isNull() ? null : error.get("column").asString(), error.get("rule").asString())))
			.containsExactly(
					tuple(3L, "sending_state", "unknown-state"),
					tuple(4L, "arrival_date", "date"),
					tuple(5L, "category", "unknown-category"),
					tuple(6L, "name_latin", "person-twice"),
					tuple(7L, "title", "required"),
					tuple(8L, "credential_expiry", "credential-before-arrival"),
					tuple(9L, "arrival_date", "arrival-to-come"),
					tuple(10L, null, "field-count"));
		assertThat(job.get("errors").get(3).get("message").asString())
			.isEqualTo("The same person (name in Latin script, nationality, date of birth) is already on line 2.");
		assertThat(counts()).as("missions, persons, accreditations").isEqualTo(before);
	}

	@Test
	void aRealRunWritesEveryRowAsMembersAndOneJournalEntry() {
		String existing = fixtures.mission("RUS", "2017-01-01");
		String existingName = api.get("/api/missions/" + existing).json().get("name").asString();
		String created = "Intake mission " + UUID.randomUUID();
		String csv = IntakeFiles.HEADER + IntakeFiles.row(existingName, "RUS", "2019-03-01")
				+ IntakeFiles.row(created, "FRA", "2018-06-01") + IntakeFiles.row(created, "FRA", "2020-02-10");
		List<Long> before = counts();

		JsonNode job = IntakeFiles.run(api, csv, false);

		assertThat(job.get("errors").isEmpty()).as(job.toString()).isTrue();
		assertThat(job.get("written").asBoolean()).isTrue();
		assertThat(job.get("rowsDone").asInt()).isEqualTo(3);
		assertThat(job.get("missionsCreated").asInt()).isEqualTo(1);
		List<Long> after = counts();
		assertThat(after.get(0) - before.get(0)).as("missions").isEqualTo(1);
		assertThat(after.get(1) - before.get(1)).as("persons").isEqualTo(3);
		assertThat(after.get(2) - before.get(2)).as("accreditations").isEqualTo(3);
		assertThat(api.get("/api/missions/" + existing + "/members").json().valueStream()
			.map(member -> member.get("status").asString())).containsExactly("ACTIVE");
		String createdId = jdbc.sql("select id::text from mission where name = ?").param(created).query(String.class).single();
		assertThat(api.get("/api/missions/" + createdId + "/status").json().toString()).contains("2018-06-01");
		assertThat(jdbc.sql("select count(*) from journal_entry where action = 'intake.imported' and subject_id = ?")
			.param(job.get("id").asString()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from journal_entry where subject_id in (
				  select id::text from accreditation where mission_id = cast(? as uuid)
				  union select person_id::text from accreditation where mission_id = cast(? as uuid))""")
			.params(createdId, createdId).query(Long.class).single()).as("no entry per row").isZero();
	}

	@Test
	void aRealRunWithOneBadRowWritesNothing() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2017-01-01", 1);
		String name = api.get("/api/missions/" + mission).json().get("name").asString();
		String csv = IntakeFiles.HEADER + IntakeFiles.row("Intake mission " + UUID.randomUUID(), "RUS", "2020-01-15")
				+ IntakeFiles.row(name, "RUS", "2020-01-15") + IntakeFiles.row(name, "RUS", "2020-03-01");
		List<Long> before = counts();

		JsonNode job = IntakeFiles.run(api, csv, false);

		assertThat(job.get("written").asBoolean()).isFalse();
		assertThat(job.get("errors").valueStream().map(error -> tuple(error.get("line").asLong(), error.get("rule").asString())))
			.containsExactly(tuple(4L, "ceiling-total"));
		assertThat(counts()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from journal_entry where action = 'intake.imported' and subject_id = ?")
			.param(job.get("id").asString()).query(Long.class).single()).isZero();
	}

	@Test
	void theTemplatesHeaderAndExampleAreAccepted() {
		Api.Response template = api.get("/intake/template.csv");
		assertThat(template.contentType()).startsWith("text/csv");
		assertThat(template.text()).startsWith(IntakeFiles.HEADER.strip());

		JsonNode job = IntakeFiles.run(api, template.text(), true);

		assertThat(job.get("state").asString()).isEqualTo("DONE");
		assertThat(job.get("errors").isEmpty()).as(job.toString()).isTrue();
	}

	@Test
	void aFileThatIsNotCsvOrHasABadHeaderIsRefusedWhole() {
		Api.Response unknown = api.request("POST", "/api/intake/csv", "text/csv",
				IntakeFiles.HEADER.replace("title", "rank") + "x\n");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("type").asString()).isEqualTo("/problems/intake-file");
		assertThat(unknown.json().get("unknown").asString()).isEqualTo("rank");
		assertThat(unknown.json().get("detail").asString()).contains("rank", "Nothing was read");

		Api.Response missing = api.request("POST", "/api/intake/csv", "text/csv", "mission,sending_state\n");
		assertThat(missing.json().get("missing").asString()).startsWith("name_native, name_latin");

		Api.Response unclosed = api.request("POST", "/api/intake/csv", "text/csv", IntakeFiles.HEADER + "\"unclosed,RUS\n");
		assertThat(unclosed.status()).isEqualTo(400);
		assertThat(unclosed.json().get("detail").asString()).startsWith("The file is not CSV");

		Api.Response binary = api.upload("/api/intake/csv", new Api.FilePart("file", "photo.jpg",
				new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10 }));
		assertThat(binary.status()).isEqualTo(400);
		assertThat(binary.json().get("detail").asString()).startsWith("The file is not UTF-8 text");

		Api.Response huge = api.request("POST", "/api/intake/csv", "text/csv",
				IntakeFiles.HEADER + "x".repeat(64 * 1024 * 1024));
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.json().get("detail").asString()).isEqualTo("The file is larger than 64 MB. Nothing was read.");
	}

	private List<Long> counts() {
		return List.of("mission", "person", "accreditation").stream()
			.map(table -> jdbc.sql("select count(*) from " + table).query(Long.class).single())
			.toList();
	}
}
