package org.credence.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.support.CredenceTest;

/**
 * How long verification takes on a journal of 1,000,000 entries: the whole chain, and from where
 * the server verified last after 1,000 more entries; next to the time of the plain SQL read of the
 * same rows, in the same run. The entries are written in bulk as the application would have written
 * and sealed them (MAC, position, hash), through COPY. Run with
 * {@code ./mvnw -Pbenchmark verify -Dtest=JournalVerificationBenchmark}; figures go to
 * target/journal-verification-benchmark.md.
 */
@Tag("benchmark")
@CredenceTest
class JournalVerificationBenchmark {

	private static final int ENTRIES = 1_000_000;

	private static final int RUNS = 3;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JournalKeys keys;

	@Autowired
	JournalVerifier verifier;

	@Autowired
	Journal journal;

	@Autowired
	JournalSealer sealer;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aMillionEntries() throws Exception {
		long filling = System.nanoTime();
		fill(ENTRIES);
		long filled = (System.nanoTime() - filling) / 1_000_000;
		jdbc.sql("vacuum analyze journal_entry").update();
		long total = jdbc.sql("select count(*) from journal_entry where position is not null").query(Long.class).single();

		long raw = median(this::rawRead);
		long copied = median(() -> copyRead("where position is not null order by position"));
		long tableOrder = median(() -> copyRead("where position is not null"));
		long whole = median(() -> timed(() -> requireOk(verifier.verify(true, null))));
		long incremental = median(() -> {
			transactions.executeWithoutResult(status -> {
				for (int n = 0; n < 1000; n++) {
					journal.appendBySystem("benchmark.written", "benchmark", "incremental", Map.of("n", n));
				}
			});
			sealer.sealPending();
			return timed(() -> requireOk(verifier.verify(false, null)));
		});

		String report = String.format(Locale.ROOT, """
				| sealed entries | SQL read through a cursor, ms | binary COPY read in position order, ms | binary COPY read in table order, ms | whole verification, ms | ratio to the COPY in table order | verification of 1,000 new entries, ms | bulk fill, ms |
				|---|---|---|---|---|---|---|---|
				| %,d | %d | %d | %d | %d | %.2f | %d | %d |
				""", total, raw, copied, tableOrder, whole, (double) whole / tableOrder, incremental, filled);
		Files.writeString(Path.of("target/journal-verification-benchmark.md"), report);
		System.out.println(report);
	}

	private static long median(LongSupplier run) {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			times.add(run.getAsLong());
		}
		Collections.sort(times);
		return times.get(RUNS / 2);
	}

	private static long timed(Runnable run) {
		long start = System.nanoTime();
		run.run();
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static void requireOk(JournalVerification verification) {
		if (!verification.ok()) {
			throw new IllegalStateException(verification.describe());
		}
	}

	/** Every column of every sealed entry, in chain order, through one cursor: what any verification must read. */
	private long rawRead() {
		return timed(() -> transactions.executeWithoutResult(status -> {
			JdbcTemplate streaming = new JdbcTemplate(dataSource);
			streaming.setFetchSize(5_000);
			long[] read = { 0 };
			streaming.query("select " + JournalEntries.COLUMNS + " from journal_entry where position is not null"
					+ " order by position", (ResultSet rs) -> {
						for (int column = 1; column <= 10; column++) {
							rs.getString(column);
						}
						read[0]++;
					});
		}));
	}

	/**
	 * The same rows through one binary COPY, each field's bytes touched once and nothing computed:
	 * in position order through the index, or in the table's order, the least the database can send
	 * them in on one connection.
	 */
	private long copyRead(String where) {
		return timed(() -> {
			try (Connection connection = dataSource.getConnection();
					InputStream in = new PGCopyInputStream(connection.unwrap(PGConnection.class),
							"copy (select position, id, recorded_at, actor, action, subject_type, subject_id, change, hash, mac"
									+ " from journal_entry " + where + ") to stdout (format binary)")) {
				CopyRows rows = new CopyRows(in, 10);
				long sum = 0;
				while (rows.next()) {
					for (int field = 0; field < 10; field++) {
						for (int i = 0; i < rows.length(field); i++) {
							sum += rows.bytes()[rows.offset(field) + i];
						}
					}
				}
				if (sum == 42) {
					System.out.println("Nothing to see: the sum keeps the loop from being optimised away");
				}
			}
			catch (SQLException | IOException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/** As the application writes and seals entries, but through COPY: ids taken from the sequence, the chain extended. */
	private void fill(int count) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			JdbcClient on = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
			Map<String, Object> head = on.sql("select position, hash from journal_chain_head for update").query().singleRow();
			long firstId = on.sql("select setval(pg_get_serial_sequence('journal_entry', 'id'),"
					+ " nextval(pg_get_serial_sequence('journal_entry', 'id')) + ?) - ?").params(count, count - 1)
				.query(Long.class).single();
			long position = ((Number) head.get("position")).longValue();
			String hash = ((String) head.get("hash")).strip();
			Mac mac = keys.mac();
			Instant start = Instant.parse("2021-10-06T10:00:00Z");
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
					"copy journal_entry (id, recorded_at, actor, action, subject_type, subject_id, change, mac, position, hash)"
							+ " from stdin");
			ByteArrayOutputStream rows = new ByteArrayOutputStream(1 << 20);
			for (int i = 0; i < count; i++) {
				long id = firstId + i;
				String person = String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", i);
				JournalEntry entry = new JournalEntry(id, null, start.plusMillis(i), "benchmark", "person.registered",
						"person", person, "{\"id\":\"" + person + "\",\"nameLatin\":\"Benchmarkov\",\"nameNative\":"
								+ "\"Бенчмарков\",\"nationality\":\"RUS\",\"sex\":\"MALE\"}", null, null);
				position++;
				hash = ChainHash.of(entry, position, hash);
				String row = String.join("\t", Long.toString(id), ChainHash.time(entry.recordedAt()), entry.actor(),
						entry.action(), entry.subjectType(), entry.subjectId(), entry.change(), EntryMac.of(mac, entry),
						Long.toString(position), hash) + "\n";
				rows.writeBytes(row.getBytes(StandardCharsets.UTF_8));
				if (rows.size() > (1 << 20) - 1024 || i == count - 1) {
					copy.writeToCopy(rows.toByteArray(), 0, rows.size());
					rows.reset();
				}
			}
			copy.endCopy();
			on.sql("update journal_chain_head set position = ?, hash = ?").params(position, hash).update();
			connection.commit();
		}
	}
}
