package org.credence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.MutableClock;

/**
 * 10,000 rows of an office's records over 200 missions, sent over HTTP as one CSV file: the dry
 * run, then the import, each timed from the request to the job done. The baseline is the same
 * number of rows inserted into the same tables by plain JDBC batches in one transaction, on the
 * same database: what the import adds to that (parsing, every rule checked, progress, the journal)
 * is the ratio. Not part of {@code ./mvnw verify}; figures go to target/intake-benchmark.md.
 */
@Tag("benchmark")
@CredenceTest
class IntakeBenchmark {

	private static final int ROWS = 10_000;

	private static final int MISSIONS = 200;

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MutableClock clock;

	@Test
	void tenThousandRowsOverHttp() throws Exception {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		String run = UUID.randomUUID().toString().substring(0, 8);
		StringBuilder csv = new StringBuilder("mission,sending_state,name_native,name_latin,birth_date,nationality,"
				+ "category,title,function,arrival_date,credential_number,credential_expiry\n");
		for (int i = 0; i < ROWS; i++) {
			csv.append(String.format(Locale.ROOT, "Mission %s %d,RUS,Иван %s %d,Ivan %s %d,1970-%02d,RUS,DIPLOMATIC_AGENT,"
					+ "Counsellor,Liaison,%s,B-%s-%d,2026-01-01%n", run, i % MISSIONS, run, i, run, i, 1 + i % 12,
					LocalDate.of(2015, 1, 1).plusDays(i % 2000), run, i));
		}
		Duration dryRun = timed(csv.toString(), true);
		Duration imported = timed(csv.toString(), false);
		Duration baseline = baseline(run);

		String report = String.format(Locale.ROOT, """
				| %,d rows, %d missions | seconds | rows/s | ratio to the JDBC baseline |
				|---|---|---|---|
				| dry run over HTTP (parse, check every rule, write nothing) | %.1f | %,.0f | %.1f |
				| import over HTTP (parse, check, write, journal) | %.1f | %,.0f | %.1f |
				| baseline: the same tables, plain JDBC batches, one transaction | %.1f | %,.0f | 1.0 |
				""", ROWS, MISSIONS, seconds(dryRun), ROWS / seconds(dryRun), seconds(dryRun) / seconds(baseline),
				seconds(imported), ROWS / seconds(imported), seconds(imported) / seconds(baseline), seconds(baseline),
				ROWS / seconds(baseline));
		Files.writeString(Path.of("target/intake-benchmark.md"), report);
		System.out.println(report);
		assertThat(imported).as("the issue's bound").isLessThan(Duration.ofMinutes(1));
	}

	private Duration timed(String csv, boolean dryRun) {
		long start = System.nanoTime();
		Api.Response accepted = api.request("POST", "/api/intake/csv?dryRun=" + dryRun, "text/csv", csv);
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
		JsonNode job = await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
			.until(() -> api.get(accepted.location()).json(), status -> !"RUNNING".equals(status.get("state").asString()));
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(job.get("errors").isEmpty()).as(job.get("errors").toString()).isTrue();
		assertThat(job.get("written").asBoolean()).isEqualTo(!dryRun);
		return took;
	}

	/** The rows the import writes (missions and their status, persons, accreditations, events), written as directly as JDBC can. */
	private Duration baseline(String run) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> missions = new ArrayList<>();
		List<Object[]> statuses = new ArrayList<>();
		List<Object[]> persons = new ArrayList<>();
		List<Object[]> accreditations = new ArrayList<>();
		List<Object[]> events = new ArrayList<>();
		List<UUID> missionIds = new ArrayList<>();
		for (int m = 0; m < MISSIONS; m++) {
			UUID id = UUID.randomUUID();
			missionIds.add(id);
			missions.add(new Object[] { id, "RUS", "Baseline " + run + " " + m, "PERMANENT_MISSION", now, "benchmark" });
			statuses.add(new Object[] { id, Timestamp.from(Instant.parse("2015-01-01T00:00:00Z")), now, "benchmark" });
		}
		for (int i = 0; i < ROWS; i++) {
			UUID person = UUID.randomUUID();
			UUID accreditation = UUID.randomUUID();
			Timestamp start = Timestamp.from(Instant.parse("2015-01-01T00:00:00Z").plus(Duration.ofDays(i % 2000)));
			persons.add(new Object[] { person, "Иван " + i, "Baseline " + run + " " + i, 1970, 1 + i % 12, "RUS", now, "benchmark" });
			accreditations.add(new Object[] { accreditation, person, missionIds.get(i % MISSIONS), "DIPLOMATIC_AGENT",
					"Counsellor", "Liaison", start, start, "Z-" + run + "-" + i, now, now });
			events.add(new Object[] { accreditation, start, now, "benchmark" });
		}
		long begin = System.nanoTime();
		transaction.executeWithoutResult(status -> {
			jdbc.batchUpdate("insert into mission (id, sending_state, name, kind, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?)", missions);
			jdbc.batchUpdate("insert into mission_status (mission_id, effective_from, status, reason, recorded_at, recorded_by)"
					+ " values (?, ?, 'ACTIVE', 'established', ?, ?)", statuses);
			jdbc.batchUpdate("insert into person (id, name_native, name_latin, birth_year, birth_month, nationality, sex,"
					+ " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, 'UNKNOWN', ?, ?)", persons);
			jdbc.batchUpdate("insert into accreditation (id, person_id, mission_id, category, title, function, requested_start,"
					+ " start_at, status, credential_number, credential_expires, recorded_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)", accreditations);
			jdbc.batchUpdate("insert into accreditation_event (accreditation_id, kind, occurred_at, recorded_at, recorded_by)"
					+ " values (?, 'APPROVED', ?, ?, ?)", events);
		});
		return Duration.ofNanos(System.nanoTime() - begin);
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}
}
