package org.credence.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The end of the journal as it was, put back after an attack on the database the tests share: the
 * entries from an id on, the refused ones and the chain head, restored behind the triggers.
 */
final class JournalSnapshot implements AutoCloseable {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final long fromId;

	JournalSnapshot(JdbcClient jdbc, TransactionTemplate transactions, long fromId) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.fromId = fromId;
		transactions.executeWithoutResult(status -> {
			jdbc.sql("create table journal_snapshot as select * from journal_entry where id >= ?").param(fromId).update();
			jdbc.sql("create table journal_snapshot_head as select * from journal_chain_head").update();
		});
	}

	/** As a database superuser may: with the triggers off for one transaction (SET LOCAL ends with it). */
	void behindTheTriggers(String sql, Object... params) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql(sql).params(params).update();
		});
	}

	@Override
	public void close() {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql("delete from journal_refused_entry where id >= ?").param(fromId).update();
			jdbc.sql("delete from journal_entry where id >= ?").param(fromId).update();
			jdbc.sql("insert into journal_entry overriding system value select * from journal_snapshot").update();
			jdbc.sql("update journal_chain_head set (position, hash) = (select position, hash from journal_snapshot_head)")
				.update();
			jdbc.sql("drop table journal_snapshot").update();
			jdbc.sql("drop table journal_snapshot_head").update();
		});
	}
}
