package org.credence.problem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dates the registry accepts, whoever sends them: from 1900-01-01 to 100 years after today by
 * the registry's clock. Outside them a date is a typing error (year 0, year -1, 9999-12-31...), and
 * one such date made a mission page of megabytes, drawn month by month from year -1.
 */
public final class PlausibleDates {

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final int YEARS_AHEAD = 100;

	private PlausibleDates() {
	}

	/** Thrown by the shared parsing of dates (forms, query parameters); answered as an invalid field. */
	static final class Implausible extends IllegalArgumentException {

		Implausible(String rule) {
			super(rule);
		}
	}

	/** The day, if the registry accepts it; otherwise the rule it breaks, for the field that held it. */
	static LocalDate check(LocalDate day, Clock clock) {
		if (day != null && (day.isBefore(EARLIEST) || day.isAfter(LocalDate.now(clock).plusYears(YEARS_AHEAD)))) {
			throw new Implausible(rule(clock));
		}
		return day;
	}

	static String rule(Clock clock) {
		return "must be from " + EARLIEST + " to " + LocalDate.now(clock).plusYears(YEARS_AHEAD);
	}

	/** For a date parsed by hand: the day, or an invalid-input problem naming the field. */
	public static LocalDate require(String field, LocalDate day, Clock clock) {
		try {
			return check(day, clock);
		}
		catch (Implausible e) {
			throw ProblemException.invalid(List.of(implausible(field, e, clock)));
		}
	}

	/** For checks that collect every invalid field: none when the day is absent or plausible. */
	public static List<InvalidField> invalid(String field, LocalDate day, Clock clock) {
		try {
			check(day, clock);
			return List.of();
		}
		catch (Implausible e) {
			return List.of(implausible(field, e, clock));
		}
	}

	private static InvalidField implausible(String field, Implausible e, Clock clock) {
		return new InvalidField(field, e.getMessage()).saying("plausible-date",
				Map.of("earliest", EARLIEST, "latest", LocalDate.now(clock).plusYears(YEARS_AHEAD)));
	}
}
