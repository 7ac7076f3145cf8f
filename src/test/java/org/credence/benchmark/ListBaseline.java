package org.credence.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.host.Host;

/**
 * The least any answer of the diplomatic list must do in the database: one query for the members
 * of the published categories of every mission as of the day (00:00 in the receiving party's zone),
 * with their names, each mission with its status that day and no members while it is not active,
 * every row read. A request's time over this query's is what the server adds to it.
 */
final class ListBaseline {

	private static final String AS_OF = """
			select m.id, m.sending_state, m.name, m.kind, s.status, p.name_latin, a.category, a.title, a.function, a.start_at
			from mission m
			join lateral (select status from mission_status ms where ms.mission_id = m.id and ms.effective_from <= :at
			              order by ms.effective_from desc limit 1) s on true
			left join accreditation a on a.mission_id = m.id and s.status = 'ACTIVE'
			     and a.status in ('ACTIVE', 'ENDED', 'WITHDRAWN') and a.start_at <= :at and (a.end_at is null or a.end_at > :at)
			     and a.category = any(:categories)
			left join person p on p.id = a.person_id
			order by m.sending_state, m.id, a.start_at, a.id""";

	private static final int WARM_UP = 5;

	private static final int RUNS = 21;

	private final JdbcClient jdbc;

	private final Host host;

	private final String[] categories;

	ListBaseline(JdbcClient jdbc, Host host, List<String> categories) {
		this.jdbc = jdbc;
		this.host = host;
		this.categories = categories.toArray(String[]::new);
	}

	/** The rows as of that day: a mission without a published member is one row with nulls. */
	int rows(LocalDate day) {
		return run(day).size();
	}

	/** The median time of the query, in milliseconds, after a warm-up. */
	double medianMillis(LocalDate day) {
		for (int i = 0; i < WARM_UP; i++) {
			run(day);
		}
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			run(day);
			times.add(System.nanoTime() - start);
		}
		Collections.sort(times);
		return times.get(RUNS / 2) / 1_000_000.0;
	}

	private List<Object[]> run(LocalDate day) {
		return jdbc.sql(AS_OF)
			.param("at", host.startOf(day))
			.param("categories", categories)
			.query((rs, n) -> {
				Object[] row = new Object[10];
				for (int i = 0; i < row.length; i++) {
					row[i] = rs.getObject(i + 1);
				}
				return row;
			})
			.list();
	}
}
