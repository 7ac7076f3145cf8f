package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;

/**
 * The three rewrites the hash chain alone let through, by someone with the database's rights but
 * not the application's keys: each is now refused by the sealer or named by verification, on the
 * API and on the command line, against the server's own checkpoint and one a user kept.
 */
@CredenceTest
class JournalAnchorTests {

	@Autowired
	Api api;

	@Autowired
	Journal journal;

	@Autowired
	JournalSealer sealer;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	JournalVerificationCommand command;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aForgedEntryInsertedByPlainSqlIsNeverSealedAndIsReported() {
		long first = written(2);
		try (JournalSnapshot snapshot = new JournalSnapshot(jdbc, transactions, first)) {
			long unsigned = forge("null");
			// A genuine entry's MAC copied onto a forged one: the MAC covers the id, so it does not fit.
			long copied = forge("(select mac from journal_entry where id = " + first + ")");

			sealer.sealPending();

			assertThat(jdbc.sql("select count(*) from journal_entry where id in (?, ?) and position is null")
				.params(unsigned, copied).query(Long.class).single()).as("left out of the chain").isEqualTo(2);
			JsonNode report = api.get("/api/journal/verification").json();
			assertThat(report.get("ok").asBoolean()).as(report.toString()).isFalse();
			assertThat(report.get("rejected").asLong()).isEqualTo(2);
			assertThat(report.get("firstFailure").get("id").asLong()).isEqualTo(unsigned);
			assertThat(report.get("firstFailure").get("mismatch").asString()).isEqualTo("mac");
			assertThat(report.get("firstFailure").get("position").isNull()).isTrue();
			assertThat(report.toString()).as("never the right MAC").doesNotContain(mac(first));
			assertThat(run(null)).isEqualTo(1);
			assertThat(new Pages(api.baseUrl()).get("/journal").html()).contains("Entry " + unsigned
					+ " was written without a valid MAC");
		}
		assertThat(api.get("/api/journal/verification?whole=true").json().get("ok").asBoolean()).isTrue();
	}

	@Test
	void deletingTheNewestEntriesAndResettingTheHeadFailsAgainstTheCheckpoints() {
		long first = written(3);
		Checkpoint kept = checkpoints.publish().orElseThrow();
		try (JournalSnapshot snapshot = new JournalSnapshot(jdbc, transactions, first)) {
			snapshot.behindTheTriggers("delete from journal_entry where position > ?", kept.size() - 2);
			snapshot.behindTheTriggers("update journal_chain_head set position = ?, hash = (select hash from journal_entry"
					+ " where position = ?)", kept.size() - 2, kept.size() - 2);

			JsonNode report = api.get("/api/journal/verification?checkpoint=" + encode(kept.json())).json();

			assertThat(report.get("ok").asBoolean()).as(report.toString()).isFalse();
			assertThat(report.get("verified").asLong()).isEqualTo(kept.size() - 2);
			assertThat(report.get("checkpoint").asLong()).isEqualTo(kept.size());
			JsonNode failure = report.get("firstFailure");
			assertThat(failure.get("mismatch").asString()).isEqualTo("checkpoint");
			assertThat(failure.get("position").asLong()).isEqualTo(kept.size());
			assertThat(failure.get("found").asString()).contains("the chain ends at position " + (kept.size() - 2));
			assertThat(api.get("/api/journal/verification?whole=true").json().get("ok").asBoolean())
				.as("against the server's own checkpoint file").isFalse();
			assertThat(run(kept.json())).isEqualTo(1);
			assertThat(new Pages(api.baseUrl()).get("/journal").html()).contains("The chain no longer reaches the"
					+ " checkpoint at position " + kept.size());

			// New entries take the deleted positions again, with other hashes: the checkpoint still tells.
			written(3);
			assertThat(checkpoints.publish()).as("no checkpoint over a rewritten chain").isEmpty();
			JsonNode refilled = api.get("/api/journal/verification?checkpoint=" + encode(kept.json())).json();
			assertThat(refilled.get("firstFailure").get("mismatch").asString()).isEqualTo("checkpoint");
			assertThat(refilled.get("firstFailure").get("expected").asString()).isEqualTo(kept.hash());
		}
		assertThat(api.get("/api/journal/verification?checkpoint=" + encode(kept.json())).json().get("ok").asBoolean())
			.isTrue();
	}

	@Test
	void anEntryChangedWithEveryLaterHashRecomputedFailsOnItsMac() {
		long first = written(3);
		Checkpoint before = checkpoints.publish().orElseThrow();
		try (JournalSnapshot snapshot = new JournalSnapshot(jdbc, transactions, first)) {
			long position = jdbc.sql("select position from journal_entry where id = ?").param(first).query(Long.class)
				.single();
			snapshot.behindTheTriggers("update journal_entry set change = '{\"n\":1000}' where id = ?", first);
			String previous = jdbc.sql("select hash from journal_entry where position = ?").param(position - 1)
				.query(String.class).single();
			for (JournalEntry entry : jdbc.sql("select " + JournalEntries.COLUMNS
					+ " from journal_entry where position >= ? order by position").param(position)
				.query((rs, row) -> JournalEntries.row(rs)).list()) {
				previous = ChainHash.of(entry, entry.position(), previous);
				snapshot.behindTheTriggers("update journal_entry set hash = ? where id = ?", previous, entry.id());
			}
			snapshot.behindTheTriggers("update journal_chain_head set hash = ?", previous);

			JsonNode report = api.get("/api/journal/verification").json();

			assertThat(report.get("ok").asBoolean()).as(report.toString()).isFalse();
			assertThat(report.get("from").asLong()).as("the rewrite starts a whole verification").isZero();
			JsonNode failure = report.get("firstFailure");
			assertThat(failure.get("mismatch").asString()).isEqualTo("mac");
			assertThat(failure.get("id").asLong()).isEqualTo(first);
			assertThat(failure.get("position").asLong()).isEqualTo(position);
			assertThat(run(null)).isEqualTo(1);
			assertThat(checkpoints.publish()).as("no checkpoint over a rewritten chain").isEmpty();
		}
		assertThat(api.get("/api/journal/verification?checkpoint=" + encode(before.json())).json().get("ok")
			.asBoolean()).isTrue();
	}

	/** Entries written by the application and sealed; returns the id of the first. */
	private long written(int count) {
		List<Long> ids = transactions.execute(status -> {
			for (int n = 0; n < count; n++) {
				journal.append("test.written", "test", "anchor", Map.of("n", n));
			}
			return jdbc.sql("select id from journal_entry where subject_id = 'anchor' order by id desc limit ?")
				.param(count).query(Long.class).list();
		});
		sealer.sealPending();
		return ids.get(ids.size() - 1);
	}

	/** An entry as anyone allowed to insert into the table could write it: no trigger is bypassed. */
	private long forge(String mac) {
		return jdbc.sql("insert into journal_entry (recorded_at, actor, action, subject_type, subject_id, change, mac)"
				+ " values (now(), 'admin', 'accreditation.approved', 'accreditation', 'forged', '{}', " + mac
				+ ") returning id").query(Long.class).single();
	}

	private String mac(long id) {
		return jdbc.sql("select mac from journal_entry where id = ?").param(id).query(String.class).single();
	}

	private int run(String checkpoint) {
		return command.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), checkpoint);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
