package org.credence.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The SQL statements the server sends while some requests run, counted by the database itself
 * ({@code pg_stat_statements}, which {@code bench/run} preloads), transaction control apart: it sees
 * BEGIN but not COMMIT, so BEGINs are counted as the transactions. The pollers would add theirs: the
 * journal chain head is held locked meanwhile, so that the sealer waits on it and, the scheduler
 * having one thread, so does every other poller. Statements asking for these counts are left out.
 */
final class StatementCount {

	record Counted(long statements, long transactions) {
	}

	private static final String OWN = "query !~* 'pg_stat_(statements|activity)'";

	private static final String CONTROL = "upper(query) in ('BEGIN', 'COMMIT', 'ROLLBACK')";

	private StatementCount() {
	}

	static Counted during(DataSource database, Runnable work) {
		try (Connection lock = database.getConnection(); Connection reader = database.getConnection()) {
			lock.setAutoCommit(false);
			lock.createStatement().execute("select position from journal_chain_head for update");
			JdbcTemplate stats = new JdbcTemplate(new SingleConnectionDataSource(reader, true));
			Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
				.until(() -> stats.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
						+ " and query ilike '%journal_chain_head%for update%'", Long.class) > 0);
			Counted before = read(stats);
			work.run();
			Counted after = read(stats);
			lock.rollback();
			return new Counted(after.statements() - before.statements(), after.transactions() - before.transactions());
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Counted read(JdbcTemplate stats) {
		return stats.queryForObject("select coalesce(sum(calls) filter (where not " + CONTROL + "), 0),"
				+ " coalesce(sum(calls) filter (where upper(query) = 'BEGIN'), 0) from pg_stat_statements"
				+ " where dbid = (select oid from pg_database where datname = current_database()) and " + OWN,
				(rs, row) -> new Counted(rs.getLong(1), rs.getLong(2)));
	}
}
