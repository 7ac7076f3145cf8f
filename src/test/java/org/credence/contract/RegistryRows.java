package org.credence.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The row count of every table of the registry and the journal's last entry, to show that a refused
 * request wrote nothing. The server's own pollers (settling deadlines, applying decisions, warning
 * delegates) may write at any moment as {@code system}; such writes are told apart by their journal
 * entries, which every change has.
 */
final class RegistryRows {

	record Snapshot(Map<String, Long> counts, long lastEntry) {
	}

	private final JdbcClient jdbc;

	private final String countAll;

	RegistryRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'
				order by table_name""").query(String.class).list();
		this.countAll = tables.stream()
			.map(table -> "select '" + table + "', count(*) from " + table)
			.collect(Collectors.joining(" union all "));
	}

	Snapshot now() {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql(countAll).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return new Snapshot(counts, jdbc.sql("select coalesce(max(id), 0) from journal_entry").query(Long.class).single());
	}

	/** What changed between the snapshots, unless only the server's own pollers wrote meanwhile; empty if nothing. */
	Map<String, String> writtenBetween(Snapshot before, Snapshot after) {
		Map<String, String> changed = new LinkedHashMap<>();
		after.counts().forEach((table, count) -> {
			if (!count.equals(before.counts().get(table))) {
				changed.put(table, before.counts().get(table) + " → " + count);
			}
		});
		List<String> actors = jdbc.sql("select distinct actor from journal_entry where id > ? and id <= ?")
			.params(before.lastEntry(), after.lastEntry())
			.query(String.class)
			.list();
		if (!changed.isEmpty() && !actors.isEmpty() && actors.stream().allMatch("system"::equals)) {
			return Map.of();
		}
		return changed;
	}
}
