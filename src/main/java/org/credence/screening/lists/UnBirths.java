package org.credence.screening.lists;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.credence.screening.matching.DateSpan;

/**
 * A date of birth of the UN's list: {@code TYPE_OF_DATE} EXACT or APPROXIMATELY, with a
 * {@code DATE} (yyyy-mm-dd) or a {@code YEAR}, or BETWEEN a {@code FROM_YEAR} and a
 * {@code TO_YEAR}; a {@code NOTE} may say more. An approximate date is widened by a year on each
 * side, as OFAC's "circa" is.
 */
final class UnBirths {

	private UnBirths() {
	}

	/** The date, or none when the element gives no date (some give only a note, such as "30-35 years old"). */
	static Optional<ListEntry.Birth> read(String file, XmlElement birth) {
		String type = birth.text("TYPE_OF_DATE");
		if (type == null) {
			return Optional.empty();
		}
		String date = birth.text("DATE");
		Integer year = year(file, birth, "YEAR");
		DateSpan span;
		String written;
		switch (type.toUpperCase(Locale.ROOT)) {
			case "EXACT", "APPROXIMATELY" -> {
				span = date != null ? DateSpan.day(day(file, birth, date)) : year != null ? DateSpan.year(year) : null;
				written = date != null ? date : String.valueOf(year);
				if (span != null && type.equalsIgnoreCase("APPROXIMATELY")) {
					span = ListedDates.approximately(span);
					written = "approximately " + written;
				}
			}
			case "BETWEEN" -> {
				Integer from = year(file, birth, "FROM_YEAR");
				Integer to = year(file, birth, "TO_YEAR");
				if (from != null && to != null && from > to) {
					throw birth.fault(file, "TO_YEAR", "the range of years ends before it starts: " + from + " to " + to);
				}
				span = from != null && to != null ? DateSpan.years(from, to) : null;
				written = from + " to " + to;
			}
			default -> throw birth.fault(file, "TYPE_OF_DATE",
					"the type of date must be EXACT, APPROXIMATELY or BETWEEN, not '" + type + "'");
		}
		if (span == null) {
			return Optional.empty();
		}
		String note = birth.text("NOTE");
		return Optional.of(new ListEntry.Birth(note == null ? written : written + " (" + note + ")", span));
	}

	private static LocalDate day(String file, XmlElement birth, String date) {
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeException e) {
			throw birth.fault(file, "DATE", "the date must be written yyyy-mm-dd, not '" + date + "'");
		}
	}

	private static Integer year(String file, XmlElement birth, String child) {
		String year = birth.text(child);
		if (year != null && !year.matches("\\d{4}")) {
			throw birth.fault(file, child, "the year must be four digits, not '" + year + "'");
		}
		return year == null ? null : Integer.valueOf(year);
	}
}
