package org.credence.screening.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of one table gathered column by column and inserted in one statement, each column sent
 * as one array and spread by {@code unnest}: a list version's tens of thousands of names are one
 * round trip, not one each. Values travel as text and are cast to their column's type.
 */
final class ColumnRows {

	private final String table;

	private final List<String> columns;

	private final List<String> types;

	private final List<List<String>> values = new ArrayList<>();

	/** @param columns each column as "name type", e.g. "entry_id uuid" */
	ColumnRows(String table, String... columns) {
		this.table = table;
		this.columns = IntStream.range(0, columns.length).mapToObj(i -> columns[i].split(" ")[0]).toList();
		this.types = IntStream.range(0, columns.length).mapToObj(i -> columns[i].split(" ")[1]).toList();
		this.columns.forEach(column -> values.add(new ArrayList<>()));
	}

	/** One row, its values in the order of the columns; null is SQL null. */
	void add(Object... row) {
		for (int i = 0; i < row.length; i++) {
			values.get(i).add(row[i] == null ? null : Objects.toString(row[i]));
		}
	}

	int size() {
		return values.get(0).size();
	}

	void insert(JdbcClient jdbc) {
		if (size() == 0) {
			return;
		}
		String arrays = types.stream().map(type -> "cast(cast(? as text[]) as " + type + "[])").collect(Collectors.joining(", "));
		jdbc.sql("insert into " + table + " (" + String.join(", ", columns) + ") select * from unnest(" + arrays + ")")
			.params(values.stream().map(column -> (Object) column.toArray(String[]::new)).toList())
			.update();
	}
}
