package org.credence.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

import org.credence.host.Host;
import org.credence.problem.ProblemException;

/**
 * When a decision takes effect, as entered: an instant with its offset (as the API writes them), a
 * date and a time (hh:mm or hh:mm:ss, default 00:00) in the receiving party's time zone, or "end
 * of this month", which is 00:00 local on the 1st of the next month; nothing means when it is adopted.
 */
@Component
class EffectiveInstant {

	private final Host host;

	private final Clock clock;

	EffectiveInstant(Host host, Clock clock) {
		this.host = host;
		this.clock = clock;
	}

	OffsetDateTime of(LocalDate date, String time, Boolean endOfMonth) {
		return of(null, date, time, endOfMonth);
	}

	OffsetDateTime of(OffsetDateTime at, LocalDate date, String time, Boolean endOfMonth) {
		if (at != null) {
			if (date != null || time != null || Boolean.TRUE.equals(endOfMonth)) {
				throw ProblemException.invalid("effectiveAt",
						"cannot be combined with effectiveDate, effectiveTime or effectiveEndOfMonth");
			}
			return at;
		}
		if (Boolean.TRUE.equals(endOfMonth)) {
			if (date != null || time != null) {
				throw ProblemException.invalid("effectiveEndOfMonth", "cannot be combined with effectiveDate or effectiveTime");
			}
			LocalDate today = host.localDate(OffsetDateTime.now(clock));
			return host.startOf(today.withDayOfMonth(1).plusMonths(1));
		}
		if (date == null) {
			if (time != null) {
				throw ProblemException.invalid("effectiveDate", "is required with effectiveTime");
			}
			return null;
		}
		return date.atTime(time == null ? LocalTime.MIDNIGHT : parse(time)).atZone(host.timeZone()).toOffsetDateTime();
	}

	private static LocalTime parse(String time) {
		try {
			return LocalTime.parse(time);
		}
		catch (DateTimeParseException e) {
			throw ProblemException.invalid("effectiveTime", "must be a time of day hh:mm or hh:mm:ss");
		}
	}
}
