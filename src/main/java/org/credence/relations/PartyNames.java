package org.credence.relations;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.credence.host.States;

/**
 * Parties named in the reader's language for the pages (the API names them in English), and the
 * choices of a party: the receiving party first, then the states by name.
 */
record PartyNames(Parties parties, Locale locale) {

	public String of(String code) {
		return parties.name(code, locale);
	}

	static List<Map.Entry<String, String>> choices(States states, Parties parties, Locale locale) {
		return Stream.concat(Stream.of(Map.entry(Parties.HOST, parties.name(Parties.HOST, locale))),
				states.all()
					.stream()
					.sorted(Comparator.comparing(state -> state.name(locale)))
					.map(state -> Map.entry(state.code(), state.name(locale))))
			.toList();
	}
}
