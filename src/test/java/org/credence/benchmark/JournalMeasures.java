package org.credence.benchmark;

import java.time.Duration;
import java.util.Locale;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The journal's verification through the API, whole and from where the server verified last,
 * against reading every sealed entry in the order of the chain. The goal is set at a million
 * entries, far more than the load generator writes: bench/run measures that with
 * JournalVerificationBenchmark, which fills a million.
 */
final class JournalMeasures {

	private static final String JOURNAL_SQL = "select * from journal_entry where position is not null order by position";

	private final BenchTable table;

	private final BenchProbes probes;

	private final JdbcTemplate jdbc;

	JournalMeasures(BenchTable table, BenchProbes probes, JdbcTemplate jdbc) {
		this.table = table;
		this.probes = probes;
		this.jdbc = jdbc;
	}

	void verification() {
		Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
			.until(() -> jdbc.queryForObject("select count(*) from journal_entry where position is null", Long.class) == 0);
		long entries = BenchRun.count(jdbc, "journal_entry");
		double whole = probes.get(BenchRoutes.VERIFY_WHOLE, "application/json");
		double read = probes.sql(JOURNAL_SQL);
		String sealed = BenchTable.number(entries) + " entries";
		table.timed("journal verification, whole (`" + BenchRoutes.VERIFY_WHOLE + "`), " + sealed, whole,
				"(reading them all)", read, "");
		table.timed("journal verification, incremental (`" + BenchRoutes.VERIFY_INCREMENTAL + "`)",
				probes.get(BenchRoutes.VERIFY_INCREMENTAL, "application/json"), "(reading them all)", read, "");
	}
}
