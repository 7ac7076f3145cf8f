package org.credence.screening.matching;

import java.util.List;

/**
 * Who is being screened: every name they are known by (the first is their main name, in whatever
 * script), and what else is known of them, each fact optional.
 *
 * @param nationality ISO 3166-1 alpha-3, or null
 */
public record Query(List<String> names, DateSpan birth, String nationality, Gender gender) {

	public Query {
		names = List.copyOf(names);
		if (names.isEmpty()) {
			throw new IllegalArgumentException("a query needs a name");
		}
	}

	public static Query name(String name) {
		return new Query(List.of(name), null, null, null);
	}
}
