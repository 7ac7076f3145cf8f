package org.credence.screening.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.credence.screening.matching.Gender;
import org.credence.screening.matching.ListedName;
import org.credence.screening.matching.NameKind;

/** An entry being read: OFAC's is spread over three files, the UN's over many elements. */
final class EntryDraft {

	private final String reference;

	private final Long dataId;

	private final EntryKind kind;

	private Gender gender;

	String remarks;

	final List<String> programmes = new ArrayList<>();

	final List<ListedName> names = new ArrayList<>();

	final List<ListEntry.Birth> births = new ArrayList<>();

	final List<String> birthplaces = new ArrayList<>();

	final List<String> nationalities = new ArrayList<>();

	final List<ListEntry.Address> addresses = new ArrayList<>();

	EntryDraft(String reference, Long dataId, EntryKind kind) {
		this.reference = reference;
		this.dataId = dataId;
		this.kind = kind;
	}

	EntryKind kind() {
		return kind;
	}

	/**
	 * Adds the name, its spaces tidied, unless blank. A name the entry already has is kept all the
	 * same (OFAC repeats a few primary names as aliases): the counts stay the list's own.
	 */
	void name(String text, NameKind nameKind) {
		if (text != null && !text.isBlank()) {
			names.add(new ListedName(text.strip().replaceAll("\\s+", " "), nameKind));
		}
	}

	/** The gender as the lists write it, "Male" or "Female"; any other word says nothing. */
	void gender(String written) {
		String word = written == null ? "" : written.strip().toLowerCase(Locale.ROOT);
		gender = word.equals("male") ? Gender.MALE : word.equals("female") ? Gender.FEMALE : gender;
	}

	ListEntry entry() {
		// Primary name first, then strong aliases, weak ones, original scripts, each in the list's order.
		return new ListEntry(reference, dataId, kind, kind == EntryKind.INDIVIDUAL ? gender : null, programmes, remarks,
				names.stream().sorted(Comparator.comparing(ListedName::kind)).toList(), births, birthplaces,
				nationalities, addresses);
	}
}
