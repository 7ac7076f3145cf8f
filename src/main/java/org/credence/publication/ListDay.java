package org.credence.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.credence.host.Host;
import org.credence.problem.InvalidField;
import org.credence.problem.PlausibleDates;
import org.credence.problem.ProblemException;

/** The day a list is asked for ({@code ?date=yyyy-mm-dd}): today in the receiving party's zone when none is. */
final class ListDay {

	private ListDay() {
	}

	static LocalDate read(String date, Host host, Clock clock) {
		if (date == null || date.isBlank()) {
			return host.localDate(OffsetDateTime.now(clock));
		}
		try {
			return PlausibleDates.require("date", LocalDate.parse(date.strip()), clock);
		}
		catch (DateTimeParseException e) {
			throw ProblemException.invalid(List.of(new InvalidField("date",
					"must be a date written yyyy-mm-dd, not '" + date + "'").saying("date-written", Map.of("typed", date))));
		}
	}
}
