package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.support.CredenceTest;

/**
 * The chain read in the table's own order, in parts, gives the same answer as read in position
 * order through the index: with entries stored out of position order (as rewritten rows are), an
 * entry changed, and an entry missing.
 */
@CredenceTest
class ChainScanTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JournalKeys keys;

	@Autowired
	Journal journal;

	@Autowired
	JournalSealer sealer;

	@Autowired
	JdbcClient jdbc;

	ChainScan inParts;

	ChainScan inOrder;

	long first;

	long last;

	@BeforeEach
	void entriesStoredOutOfPositionOrder() {
		inParts = new ChainScan(dataSource, transactionManager, keys, 1, ChainLinks.MOST_WAITING);
		inOrder = new ChainScan(dataSource, transactionManager, keys, Long.MAX_VALUE, ChainLinks.MOST_WAITING);
		sealer.sealPending();
		transactions.executeWithoutResult(status -> {
			for (int n = 0; n < 300; n++) {
				journal.appendBySystem("test.written", "test", "out-of-order", Map.of("n", n));
			}
		});
		sealer.sealPending();
		last = jdbc.sql("select max(position) from journal_entry").query(Long.class).single();
		first = last - 299;
		// Rewritten as they are, from the last back, every third entry moves to the end of the table in reverse order.
		LongStream.iterate(last, position -> position >= first, position -> position - 3)
			.forEach(position -> behindTheTriggers("update journal_entry set change = change where position = " + position));
		List<Long> stored = jdbc.sql("select position from journal_entry where position >= ? order by ctid")
			.param(first).query(Long.class).list();
		assertThat(stored).as("positions as the table holds them").isNotEqualTo(stored.stream().sorted().toList());
	}

	@Test
	void theChainReadInPartsVerifiesAsInPositionOrder() {
		ChainSegment parts = inParts.verify(0, ChainHash.GENESIS, last);
		ChainSegment ordered = inOrder.verify(0, ChainHash.GENESIS, last);

		assertThat(parts.failure()).isNull();
		assertThat(parts).isEqualTo(ordered);
		assertThat(parts.verifiedTo()).isEqualTo(last);
		assertThat(parts.hash()).isEqualTo(jdbc.sql("select hash from journal_entry where position = ?").param(last)
			.query(String.class).single());
		assertThat(inParts.verify(first - 1, hashAt(first - 1), last)).isEqualTo(parts);
	}

	@Test
	void entriesTooFarFromPositionOrderToLinkInMemoryAreReadInPositionOrder() {
		ChainScan holdingFive = new ChainScan(dataSource, transactionManager, keys, 1, 5);

		assertThat(holdingFive.verify(0, ChainHash.GENESIS, last)).isEqualTo(inOrder.verify(0, ChainHash.GENESIS, last));
		assertThat(holdingFive.verify(0, ChainHash.GENESIS, last).failure()).isNull();
	}

	@Test
	void aChangedEntryIsNamedAndTheChainVerifiesUpToIt() {
		long changed = first + 100;
		behindTheTriggers("update journal_entry set actor = 'someone else' where position = " + changed);
		try {
			ChainSegment parts = inParts.verify(0, ChainHash.GENESIS, last);

			assertThat(parts).isEqualTo(inOrder.verify(0, ChainHash.GENESIS, last));
			assertThat(parts.verifiedTo()).isEqualTo(changed - 1);
			assertThat(parts.hash()).isEqualTo(hashAt(changed - 1));
			assertThat(parts.failure().position()).isEqualTo(changed);
			assertThat(parts.failure().mismatch()).isEqualTo("hash");
		}
		finally {
			behindTheTriggers("update journal_entry set actor = 'system' where position = " + changed);
		}
		assertThat(inParts.verify(0, ChainHash.GENESIS, last).failure()).isNull();
	}

	@Test
	void aMissingEntryIsAGapAtItsPosition() {
		long removed = first + 200;
		Map<String, Object> row = jdbc.sql("select * from journal_entry where position = ?").param(removed).query()
			.singleRow();
		behindTheTriggers("delete from journal_entry where position = " + removed);
		try {
			ChainSegment parts = inParts.verify(0, ChainHash.GENESIS, last);

			assertThat(parts).isEqualTo(inOrder.verify(0, ChainHash.GENESIS, last));
			assertThat(parts.verifiedTo()).isEqualTo(removed - 1);
			assertThat(parts.failure().position()).isEqualTo(removed);
			assertThat(parts.failure().mismatch()).isEqualTo("position");
			assertThat(parts.failure().found()).isEqualTo("none");
		}
		finally {
			transactions.executeWithoutResult(status -> {
				jdbc.sql("set local session_replication_role = replica").update();
				jdbc.sql("insert into journal_entry (id, recorded_at, actor, action, subject_type, subject_id, change, position,"
						+ " hash, mac) overriding system value values (:id, :recorded_at, :actor, :action, :subject_type,"
						+ " :subject_id, cast(:change as json), :position, :hash, :mac)")
					.params(Map.of("id", row.get("id"), "recorded_at", row.get("recorded_at"), "actor", row.get("actor"),
							"action", row.get("action"), "subject_type", row.get("subject_type"), "subject_id",
							row.get("subject_id"), "change", row.get("change").toString(), "position", removed, "hash",
							row.get("hash"), "mac", row.get("mac")))
					.update();
			});
		}
		assertThat(inParts.verify(0, ChainHash.GENESIS, last).failure()).isNull();
	}

	private String hashAt(long position) {
		return jdbc.sql("select hash from journal_entry where position = ?").param(position).query(String.class).single();
	}

	private void behindTheTriggers(String sql) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			assertThat(jdbc.sql(sql).update()).isEqualTo(1);
		});
	}
}
