package org.credence.screening.lists;

import java.util.List;

import org.credence.screening.matching.DateSpan;
import org.credence.screening.matching.Gender;
import org.credence.screening.matching.ListedName;

/**
 * One entry of a list file as read, before it is stored: every fact as the list wrote it, dates of
 * birth also as spans. Nationalities are country names as written; the import maps them to codes.
 *
 * @param reference OFAC's entity number, the UN's reference number
 * @param dataId the UN's data id; null for OFAC
 */
record ListEntry(String reference, Long dataId, EntryKind kind, Gender gender, List<String> programmes, String remarks,
		List<ListedName> names, List<Birth> births, List<String> birthplaces, List<String> nationalities,
		List<Address> addresses) {

	ListEntry {
		programmes = List.copyOf(programmes);
		names = List.copyOf(names);
		births = List.copyOf(births);
		birthplaces = List.copyOf(birthplaces);
		nationalities = List.copyOf(nationalities);
		addresses = List.copyOf(addresses);
	}

	/** A date of birth: the list's words, and the days it may be. */
	record Birth(String written, DateSpan span) {
	}

	/** An address as one line, and its country as the list names it (null when it names none). */
	record Address(String address, String country) {
	}
}
