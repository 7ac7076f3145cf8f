package org.credence.screening.lists;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.credence.screening.matching.DateSpan;

/**
 * Dates of birth as the lists write them, read as the days they may be. OFAC writes {@code 05 Apr
 * 1979}, {@code Apr 1979}, {@code 1979}, {@code 1953 to 1954}, {@code 01 Jan 1953 to 31 Dec 1954},
 * {@code circa 1951}, {@code circa 1979-1982}. A date said to be approximate is widened by a year on
 * each side: that a person was born in 1950 is no evidence against "circa 1951".
 */
final class ListedDates {

	private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
			"oct", "nov", "dec");

	private static final Pattern DAY = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3})[a-z]*\\.? (\\d{4})");

	private static final Pattern MONTH = Pattern.compile("([A-Za-z]{3})[a-z]*\\.? (\\d{4})");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern YEARS = Pattern.compile("(\\d{4}) ?- ?(\\d{4})");

	private static final Pattern CIRCA = Pattern.compile("(?i)(?:circa|approximately|approx\\.?|about|ca\\.) (.+)");

	private ListedDates() {
	}

	/** The span OFAC's words mean, or null when they are not a date as above (they stay in the remarks). */
	static DateSpan ofac(String written) {
		String text = written.strip();
		Matcher circa = CIRCA.matcher(text);
		if (circa.matches()) {
			DateSpan exact = ofac(circa.group(1));
			return exact == null ? null : approximately(exact);
		}
		int to = text.indexOf(" to ");
		if (to > 0) {
			DateSpan from = single(text.substring(0, to));
			DateSpan until = single(text.substring(to + 4));
			return from == null || until == null || until.to().isBefore(from.from()) ? null
					: new DateSpan(from.from(), until.to());
		}
		Matcher years = YEARS.matcher(text);
		if (years.matches()) {
			int first = Integer.parseInt(years.group(1));
			int last = Integer.parseInt(years.group(2));
			return first <= last ? DateSpan.years(first, last) : null;
		}
		return single(text);
	}

	/** A year and a year either side. */
	static DateSpan approximately(DateSpan span) {
		return new DateSpan(span.from().minusYears(1), span.to().plusYears(1));
	}

	private static DateSpan single(String text) {
		try {
			Matcher day = DAY.matcher(text.strip());
			if (day.matches() && month(day.group(2)) > 0) {
				return DateSpan.day(LocalDate.of(Integer.parseInt(day.group(3)), month(day.group(2)),
						Integer.parseInt(day.group(1))));
			}
			Matcher month = MONTH.matcher(text.strip());
			if (month.matches() && month(month.group(1)) > 0) {
				return DateSpan.month(YearMonth.of(Integer.parseInt(month.group(2)), month(month.group(1))));
			}
			return YEAR.matcher(text.strip()).matches() ? DateSpan.year(Integer.parseInt(text.strip())) : null;
		}
		catch (DateTimeException e) {
			// 31 Feb: not a day; left in the remarks as written.
			return null;
		}
	}

	private static int month(String name) {
		return MONTHS.indexOf(name.toLowerCase(Locale.ROOT)) + 1;
	}
}
