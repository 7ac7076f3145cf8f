package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/**
 * Someone with the database's superuser rights changes one sealed entry behind the triggers'
 * back: verification, over the API and on the command line, names that entry and no other.
 */
@CredenceTest
class JournalTamperTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JournalSealer sealer;

	@Autowired
	JournalVerificationCommand command;

	@Test
	void verificationNamesTheOneEntryChangedDirectlyInTheDatabase() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2017-01-01", 20);
		fixtures.ceiling(mission, "2021-11-01", 10);
		sealer.sealPending();
		assertThat(api.get("/api/journal/verification?whole=true").json().get("ok").asBoolean()).isTrue();
		long tampered = jdbc.sql("select min(id) from journal_entry where subject_id = ? and action = 'mission.ceiling-set'")
			.param(mission).query(Long.class).single();
		long position = jdbc.sql("select position from journal_entry where id = ?").param(tampered).query(Long.class).single();
		String original = jdbc.sql("select change::text from journal_entry where id = ?").param(tampered)
			.query(String.class).single();

		behindTheTriggers("update journal_entry set change = cast(replace(change::text, '\"total\":20', '\"total\":30') as json)"
				+ " where id = " + tampered);
		try {
			JsonNode report = api.get("/api/journal/verification?whole=true").json();
			assertThat(report.get("ok").asBoolean()).isFalse();
			assertThat(report.get("verified").asLong()).isEqualTo(position - 1);
			JsonNode failure = report.get("firstFailure");
			assertThat(failure.get("id").asLong()).isEqualTo(tampered);
			assertThat(failure.get("position").asLong()).isEqualTo(position);
			assertThat(failure.get("mismatch").asString()).isEqualTo("hash");

			ByteArrayOutputStream printed = new ByteArrayOutputStream();
			assertThat(command.run(new PrintStream(printed, true, StandardCharsets.UTF_8), null)).isEqualTo(1);
			assertThat(printed.toString(StandardCharsets.UTF_8)).contains("FAILED",
					"first entry that does not verify: position " + position + ", id " + tampered + ", hash mismatch");
		}
		finally {
			behindTheTriggers("update journal_entry set change = cast('" + original.replace("'", "''") + "' as json)"
					+ " where id = " + tampered);
		}

		assertThat(api.get("/api/journal/verification?whole=true").json().get("ok").asBoolean()).isTrue();
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		assertThat(command.run(new PrintStream(printed, true, StandardCharsets.UTF_8), null)).isZero();
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Journal verification: OK");
	}

	/** As a superuser may: with triggers off for this one transaction only (SET LOCAL ends with it). */
	@Test
	void theJournalPageSaysInFrenchWhichEntryDoesNotVerify() {
		fixtures.mission("EST", "2021-01-01");
		sealer.sealPending();
		long position = jdbc.sql("select max(position) from journal_entry").query(Long.class).single();
		String hash = jdbc.sql("select hash from journal_entry where position = ?").param(position).query(String.class).single();

		behindTheTriggers("update journal_entry set hash = repeat('a', 64) where position = " + position);
		try {
			assertThat(new Pages(api.baseUrl()).get("/journal?lang=fr").html())
				.contains("l’entrée en position " + NumberFormat.getInstance(Locale.FRENCH).format(position),
						"ne correspond pas (empreinte)");
		}
		finally {
			behindTheTriggers("update journal_entry set hash = '" + hash + "' where position = " + position);
		}
	}

	private void behindTheTriggers(String sql) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			assertThat(jdbc.sql(sql).update()).isEqualTo(1);
		});
	}
}
