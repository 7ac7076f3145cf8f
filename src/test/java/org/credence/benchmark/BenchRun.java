package org.credence.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import org.credence.benchmark.LoadGenerator.Result;
import org.credence.benchmark.StatementCount.Counted;

/**
 * The Java half of {@code bench/run}, which starts a server from the jar on a fresh database and
 * runs pgbench on it first: the registry of issue 15 written into that database, then each measure
 * against its baseline as one row of a Markdown table, in {@code bench.rows}. Skipped unless the
 * script gives {@code bench.url}, {@code bench.jdbc}, {@code bench.password} and {@code bench.pgbench.tps}.
 */
@Tag("benchmark")
class BenchRun {

	private static final int CLIENTS = 4;

	private static final int GROWN = 9_000;

	private static final Duration WARM_UP = Duration.ofSeconds(5);

	private static final Duration MEASURE = Duration.ofSeconds(20);

	private static final String MISSIONS_SQL = """
			select m.*, s.status from mission m
			join lateral (select status from mission_status ms where ms.mission_id = m.id and ms.effective_from <= now()
			              order by ms.effective_from desc limit 1) s on true
			order by m.name""";

	private static final String SEARCH_SQL = """
			select * from person where lower(name_latin) like ? or lower(name_native) like ? order by name_latin limit 200""";

	@Test
	void measure() throws Exception {
		String url = System.getProperty("bench.url");
		Assumptions.assumeTrue(url != null, "run by bench/run");
		double tps = Double.parseDouble(System.getProperty("bench.pgbench.tps"));
		try (HikariDataSource database = new HikariDataSource()) {
			database.setJdbcUrl(System.getProperty("bench.jdbc"));
			database.setUsername("postgres");
			// Batches sent as multi-row inserts: the strength steps (V68) are then kept once per batch.
			database.addDataSourceProperty("reWriteBatchedInserts", "true");
			JdbcTemplate jdbc = new JdbcTemplate(database);
			BenchClient api = new BenchClient(url, System.getProperty("bench.password"));
			BenchRegistry registry = new BenchRegistry(api, database, 200, 10_000, 100_000);
			System.out.printf("bench: registry written in %d s%n", registry.written.took().toSeconds());
			BenchProbes probes = new BenchProbes(api, jdbc, registry.today);
			BenchTable table = new BenchTable();
			List<String> missions = registry.smallest(CLIENTS + 1);
			String small = missions.get(CLIENTS);
			String grown = missions.get(0);

			writes(table, probes, missions, tps, "a small mission each");
			statements(table, probes, database, small, "small mission");
			table.timed("`GET /api/missions` (200 missions)", probes.get(BenchRoutes.MISSIONS, "application/json"),
					"(its query)", probes.sql(MISSIONS_SQL), "< 2 ms");
			String name = registry.someName();
			String like = "%" + name.toLowerCase() + "%";
			table.timed("person search by name, " + BenchTable.number(count(jdbc, "person")) + " persons",
					probes.get(BenchRoutes.PERSON_SEARCH.formatted(BenchProbes.encoded(name)), "application/json"),
					"(its query)", probes.sql(SEARCH_SQL, like, like), "< 5 ms");

			for (String mission : missions.subList(0, CLIENTS)) {
				registry.fill.grow(mission, GROWN - members(jdbc, mission), registry.today);
			}
			jdbc.execute("analyze");
			writes(table, probes, missions, tps, BenchTable.number(members(jdbc, grown)) + "-member mission each");
			statements(table, probes, database, grown, BenchTable.number(members(jdbc, grown)) + "-member mission");
			table.timed("approval at a " + BenchTable.number(members(jdbc, grown)) + "-member mission", probes.approval(grown, 11),
					"(at a " + members(jdbc, small) + "-member mission)", probes.approval(small, 11), "about 1: independent of size");
			MissionMeasures mission = new MissionMeasures(table, api, probes, database);
			mission.members(grown);
			mission.page(grown, small);
			new JournalMeasures(table, probes, jdbc).verification();
			Files.writeString(Path.of(System.getProperty("bench.rows", "target/bench/rows.md")), table.toString());
		}
	}

	/** HTTP write requests per second of the load generator, against pgbench's writes (TPC-B without branch updates). */
	private static void writes(BenchTable table, BenchProbes probes, List<String> missions, double tps, String where)
			throws Exception {
		Result result = LoadGenerator.run(CLIENTS, WARM_UP, MEASURE, client -> probes.accredit(missions.get(client)));
		double requests = 3 * result.perSecond();
		table.row("HTTP writes/s, " + CLIENTS + " clients, " + where, BenchTable.number(requests) + " req/s",
				BenchTable.number(tps) + " TPS (pgbench -N, " + CLIENTS + " clients)", BenchTable.ratio(requests / tps), "≥ 0.25");
	}

	private static void statements(BenchTable table, BenchProbes probes, HikariDataSource database, String mission,
			String where) {
		int times = 10;
		Counted counted = StatementCount.during(database, () -> {
			for (int i = 0; i < times; i++) {
				probes.accredit(mission);
			}
		});
		table.row("SQL statements per accreditation (3 requests), " + where,
				BenchTable.number(counted.statements() / (double) times) + " (+ " + BenchTable.number(counted.transactions()
						/ (double) times) + " transactions)", "pg_stat_statements, " + times + " accreditations", "", "≤ 20");
	}

	static int members(JdbcTemplate jdbc, String mission) {
		return jdbc.queryForObject("select count(*) from accreditation where mission_id = ? and status = 'ACTIVE'"
				+ " and start_at <= now() and (end_at is null or end_at > now())", Integer.class, UUID.fromString(mission));
	}

	static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}
}
