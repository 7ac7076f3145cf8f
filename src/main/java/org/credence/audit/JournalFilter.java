package org.credence.audit;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credence.host.Host;
import org.credence.problem.InvalidField;
import org.credence.problem.PlausibleDates;
import org.credence.problem.ProblemException;

/**
 * Which entries an auditor asks for: of one subject (its id), by one actor, recorded from the start
 * of one day until the end of another, days in the receiving party's time zone. Absent parts match
 * everything.
 */
record JournalFilter(String subject, String actor, OffsetDateTime from, OffsetDateTime until) {

	/** The filter as typed into a form or a query string; blank means absent. */
	static JournalFilter parse(String subject, String actor, String from, String to, Host host, Clock clock) {
		List<InvalidField> invalid = new ArrayList<>();
		String subjectId = text("subject", subject, 100, invalid);
		String actorName = text("actor", actor, 200, invalid);
		LocalDate fromDay = day("from", from, invalid, clock);
		LocalDate toDay = day("to", to, invalid, clock);
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			invalid.add(new InvalidField("to", "must not be before from (" + fromDay + ")"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		return new JournalFilter(subjectId, actorName, host.startOf(fromDay),
				toDay == null ? null : host.startOf(toDay.plusDays(1)));
	}

	private static String text(String field, String value, int maxLength, List<InvalidField> invalid) {
		if (value == null || value.strip().isEmpty()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > maxLength) {
			invalid.add(new InvalidField(field, "must be at most " + maxLength + " characters"));
		}
		else if (stripped.indexOf('\0') >= 0) {
			invalid.add(new InvalidField(field, "must not contain a NUL character"));
		}
		return stripped;
	}

	private static LocalDate day(String field, String value, List<InvalidField> invalid, Clock clock) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		try {
			// Strictly yyyy-mm-dd: ISO's signed and five-digit years are not dates anyone types here.
			if (stripped.matches("\\d{4}-\\d{2}-\\d{2}")) {
				LocalDate day = LocalDate.parse(stripped);
				List<InvalidField> implausible = PlausibleDates.invalid(field, day, clock);
				invalid.addAll(implausible);
				return implausible.isEmpty() ? day : null;
			}
		}
		catch (DateTimeException e) {
			// falls through to the same answer as any other unreadable date
		}
		invalid.add(new InvalidField(field, "must be a date written yyyy-mm-dd, not '" + stripped + "'")
				.saying("date-written", Map.of("typed", stripped)));
		return null;
	}
}
