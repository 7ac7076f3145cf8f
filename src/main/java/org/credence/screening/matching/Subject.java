package org.credence.screening.matching;

import java.util.List;
import java.util.Set;

/**
 * A person or an organisation as a watch list holds it, in the form the matcher compares: every
 * name it is known by, with what the list says of each, and the facts that confirm or rule out a
 * match.
 *
 * @param list the list's id ({@code ofac-sdn}, {@code un-consolidated}, {@code registry})
 * @param entry the list's own reference: OFAC's entity number, the UN's reference number, the
 * registry's person id
 * @param births dates of birth as the list gives them (exact, a year, or a range); empty when unknown
 * @param nationalities ISO 3166-1 alpha-3 codes; empty when unknown
 * @param gender null when the list does not say
 */
public record Subject(String list, String entry, SubjectKind kind, List<ListedName> names, List<DateSpan> births,
		Set<String> nationalities, Gender gender) {

	public Subject {
		names = List.copyOf(names);
		births = List.copyOf(births);
		nationalities = Set.copyOf(nationalities);
	}
}
