package org.credence.screening.matching;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date known to a day, a month, a year, or only between two years: the first and last day it
 * may be. Lists write birth dates all these ways, and so may a person asking for a check.
 */
public record DateSpan(LocalDate from, LocalDate to) {

	public DateSpan {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("a date span cannot end before it starts: " + from + " to " + to);
		}
	}

	public static DateSpan day(LocalDate day) {
		return new DateSpan(day, day);
	}

	public static DateSpan month(YearMonth month) {
		return new DateSpan(month.atDay(1), month.atEndOfMonth());
	}

	public static DateSpan year(int year) {
		return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	public static DateSpan years(int first, int last) {
		return new DateSpan(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
	}

	public boolean exact() {
		return from.equals(to);
	}

	public boolean overlaps(DateSpan other) {
		return !from.isAfter(other.to) && !other.from.isAfter(to);
	}
}
