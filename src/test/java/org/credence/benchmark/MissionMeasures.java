package org.credence.benchmark;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import org.credence.benchmark.StatementCount.Counted;

/** A mission's members through the API against their query, and the mission's page: its time and statements. */
final class MissionMeasures {

	private static final String MEMBERS = """
			select a.*, p.name_latin, p.name_native from accreditation a join person p on p.id = a.person_id
			where a.mission_id = ? and a.status in ('ACTIVE', 'ENDED', 'WITHDRAWN') and a.start_at <= now()
			  and (a.end_at is null or a.end_at > now()) order by a.start_at, a.id""";

	private final BenchTable table;

	private final BenchClient api;

	private final BenchProbes probes;

	private final DataSource database;

	private final JdbcTemplate jdbc;

	MissionMeasures(BenchTable table, BenchClient api, BenchProbes probes, DataSource database) {
		this.table = table;
		this.api = api;
		this.probes = probes;
		this.database = database;
		this.jdbc = new JdbcTemplate(database);
	}

	/** One answer's size and whether it is paged (a {@code Link} header, or fewer rows than the mission's members). */
	void members(String mission) {
		String route = BenchRoutes.MEMBERS.formatted(mission);
		BenchClient.Answer answer = BenchClient.expect(api.get(route, "application/json"), 200);
		int held = BenchRun.members(jdbc, mission);
		int rows = answer.json().isArray() ? answer.json().size() : answer.json().path("items").size();
		boolean paged = answer.link() != null || rows < held;
		table.timed("members of a " + BenchTable.number(held) + "-member mission (`" + BenchRoutes.MEMBERS.formatted("{id}")
				+ "`: " + BenchTable.number(rows) + " rows, " + answer.body().length / 1024 + " kB, " + (paged ? "paged" : "not paged")
				+ ")", probes.get(route, "application/json"), "(its query, every member)",
				probes.sql(MEMBERS, UUID.fromString(mission)), "≤ 2, and paged");
	}

	/** The page of a large mission, timed, and its time and statements against a small mission's. */
	void page(String large, String small) {
		String route = BenchRoutes.MISSION_PAGE.formatted(large);
		double millis = probes.get(route, "text/html");
		double smallMillis = probes.get(BenchRoutes.MISSION_PAGE.formatted(small), "text/html");
		long atLarge = statements(route);
		long atSmall = statements(BenchRoutes.MISSION_PAGE.formatted(small));
		table.row("mission page (HTML, `" + BenchRoutes.MISSION_PAGE.formatted("{id}") + "`), "
				+ BenchTable.number(BenchRun.members(jdbc, large)) + "-member mission",
				BenchTable.ms(millis) + ", " + atLarge + " statements",
				BenchTable.ms(smallMillis) + ", " + atSmall + " statements at a " + BenchRun.members(jdbc, small)
						+ "-member mission",
				BenchTable.ratio(millis / smallMillis) + " (time), " + BenchTable.ratio(atLarge / (double) atSmall)
						+ " (statements)", "< 30 ms, statements fixed");
	}

	private long statements(String route) {
		Counted counted = StatementCount.during(database, () -> BenchClient.expect(api.get(route, "text/html"), 200));
		return counted.statements();
	}
}
