package org.credence.registry.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.credence.host.Host;
import org.credence.pages.Dates;
import org.credence.registry.accreditation.Accreditation;

/**
 * How a withdrawal's departure deadline stands to the instant the withdrawal takes effect, in words.
 * The deadline is a day by the end of which the person must have left; the withdrawal an instant.
 * A council decision usually takes effect at 00:00 of the day after the deadline, so the table
 * reads withdrawn from 1 November, to leave by 31 October: the same instant, which a reader must
 * be told rather than left to take for a mistake.
 */
record TimeToLeave(Host host, Dates dates) {

	/** A message key and its arguments; null where the withdrawal has no deadline. */
	record Term(String key, Object[] args) {
	}

	public Term of(Accreditation withdrawn) {
		LocalDate deadline = withdrawn.departureDeadline();
		if (deadline == null || withdrawn.end() == null) {
			return null;
		}
		OffsetDateTime effective = withdrawn.end();
		LocalDateTime from = host.local(effective).toLocalDateTime();
		LocalDateTime until = deadline.plusDays(1).atStartOfDay();
		if (from.equals(until)) {
			return new Term("departures.leave.same", new Object[] { dates.show(deadline),
					dates.show(host.localDate(effective)) });
		}
		return from.isBefore(until) ? new Term("departures.leave.after", new Object[] { days(from, until) })
				: new Term("departures.leave.before", new Object[] { days(until, from) });
	}

	/** Whole days, a part of a day counted as one: the person has until the end of the deadline's day. */
	private static long days(LocalDateTime earlier, LocalDateTime later) {
		long days = ChronoUnit.DAYS.between(earlier, later);
		return earlier.plusDays(days).isBefore(later) ? days + 1 : days;
	}
}
