package org.credence.screening.lists;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.credence.screening.matching.DateSpan;
import org.credence.screening.matching.NameKind;

/**
 * What OFAC's legacy files say only in an entry's remarks, statements separated by semicolons:
 * {@code DOB 05 Apr 1979; alt. DOB 12 Apr 1978; POB Nikolaevka, Amur Oblast, Russia; nationality
 * Russia; citizen Russia; Gender Male; a.k.a. 'ABU X'}. The quoted a.k.a.s are OFAC's weak aliases,
 * which these files give nowhere else. The remarks themselves are kept whole.
 */
final class OfacRemarks {

	private static final Pattern STATEMENT = Pattern.compile("(?:alt\\. )?(DOB|POB|nationality|citizen|Gender) (.+)");

	private static final Pattern WEAK_ALIAS = Pattern.compile("[afn]\\.k\\.a\\. '(.+)'");

	private OfacRemarks() {
	}

	static void read(String remarks, EntryDraft entry) {
		if (remarks == null) {
			return;
		}
		// The remarks end with a full stop, which is not part of their last statement.
		for (String part : remarks.strip().replaceFirst("\\.$", "").split(";")) {
			String statement = part.strip();
			Matcher weak = WEAK_ALIAS.matcher(statement);
			if (weak.matches()) {
				entry.name(weak.group(1), NameKind.WEAK_ALIAS);
				continue;
			}
			Matcher fact = STATEMENT.matcher(statement);
			if (!fact.matches()) {
				continue;
			}
			String value = fact.group(2).strip();
			switch (fact.group(1)) {
				case "DOB" -> {
					DateSpan span = ListedDates.ofac(value);
					if (span != null) {
						entry.births.add(new ListEntry.Birth(value, span));
					}
				}
				case "POB" -> entry.birthplaces.add(value);
				case "nationality", "citizen" -> {
					if (!entry.nationalities.contains(value)) {
						entry.nationalities.add(value);
					}
				}
				default -> entry.gender(value);
			}
		}
	}
}
