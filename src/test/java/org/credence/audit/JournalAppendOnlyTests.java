package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.LongConsumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/** The database itself refuses to rewrite the journal, whatever code or person sends the SQL. */
@CredenceTest
class JournalAppendOnlyTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JournalSealer sealer;

	@Autowired
	TransactionTemplate transactions;

	long sealed;

	@BeforeEach
	void sealedEntry() {
		fixtures.mission("RUS", "2017-01-01");
		sealer.sealPending();
		sealed = jdbc.sql("select max(id) from journal_entry where position is not null").query(Long.class).single();
	}

	@Test
	void anUpdateIsRefused() {
		assertRefused("update journal_entry set actor = 'someone else' where id = " + sealed);
	}

	@Test
	void aDeleteIsRefused() {
		assertRefused("delete from journal_entry where id = " + sealed);
	}

	@Test
	void aTruncateIsRefused() {
		assertRefused("truncate journal_entry");
	}

	@Test
	void aSealedEntryCannotBeSealedAgain() {
		assertRefused("update journal_entry set position = position, hash = repeat('a', 64) where id = " + sealed);
	}

	@Test
	void theSealingUpdateCannotAlsoChangeTheEntry() {
		inRolledBackTransaction(unsealed -> assertRefused("update journal_entry set position = 1000000000,"
				+ " hash = repeat('a', 64), change = '{\"x\":1}' where id = " + unsealed));
	}

	@Test
	void sealingIsTheOneUpdateAllowed() {
		inRolledBackTransaction(unsealed -> assertThat(jdbc.sql("update journal_entry set position = 1000000000,"
				+ " hash = repeat('b', 64) where id = " + unsealed).update()).isEqualTo(1));
	}

	/** An entry that no sealer can see, in a transaction that leaves nothing behind in the shared database. */
	private void inRolledBackTransaction(LongConsumer test) {
		transactions.executeWithoutResult(status -> {
			long unsealed = jdbc.sql("""
					insert into journal_entry (recorded_at, actor, action, subject_type, subject_id, change)
					values (now(), 'test', 'test.written', 'test', 'append-only', '{}') returning id
					""").query(Long.class).single();
			test.accept(unsealed);
			status.setRollbackOnly();
		});
	}

	private void assertRefused(String sql) {
		assertThatThrownBy(() -> jdbc.sql(sql).update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("journal entries are append-only");
	}
}
