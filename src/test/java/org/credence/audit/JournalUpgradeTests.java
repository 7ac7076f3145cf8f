package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.support.CredenceTest;
import org.credence.support.EmptyDatabase;

/**
 * A journal written before entries had MACs: the upgrade gives every entry, sealed or not, its MAC
 * once, and the chain sealed before verifies as it did.
 */
@CredenceTest
class JournalUpgradeTests {

	@Autowired
	DataSource dataSource;

	@Test
	void entriesWrittenBeforeTheUpgradeGetTheirMacAndStillVerify() {
		try (EmptyDatabase database = new EmptyDatabase(dataSource)) {
			Flyway.configure().dataSource(database.dataSource()).target("43").load().migrate();
			JdbcClient jdbc = JdbcClient.create(database.dataSource());
			JournalEntry sealed = new JournalEntry(1, null, Instant.parse("2021-10-06T10:00:00Z"), "admin",
					"mission.established", "mission", "legacy", "{\"name\":\"Legacy\"}", null, null);
			String hash = ChainHash.of(sealed, 1, ChainHash.GENESIS);
			jdbc.sql("""
					insert into journal_entry (recorded_at, actor, action, subject_type, subject_id, change, position, hash)
					values ('2021-10-06T10:00:00Z', 'admin', 'mission.established', 'mission', 'legacy', '{"name":"Legacy"}', 1, ?),
					(now(), 'admin', 'mission.ceiling-set', 'mission', 'legacy', '{"total":3}', null, null)
					""").param(hash).update();
			jdbc.sql("update journal_chain_head set position = 1, hash = ?").param(hash).update();

			try (ConfigurableApplicationContext server = database.start(false)) {
				assertThat(jdbc.sql("select count(*) from journal_entry where mac is null").query(Long.class).single())
					.isZero();
				server.getBean(JournalSealer.class).sealPending();
				JournalVerification verification = server.getBean(JournalVerifier.class).verify();
				assertThat(verification.ok()).as(verification.describe()).isTrue();
				assertThat(verification.rejected()).isZero();
				assertThat(jdbc.sql("select hash from journal_entry where position = 1").query(String.class).single())
					.isEqualTo(hash);
				assertThat(jdbc.sql("select position from journal_entry where action = 'mission.ceiling-set'")
					.query(Long.class).single()).isNotNull();
			}
		}
	}
}
