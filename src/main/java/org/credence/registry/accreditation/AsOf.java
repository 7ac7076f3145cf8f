package org.credence.registry.accreditation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.credence.host.Host;
import org.credence.host.HostTime;
import org.credence.problem.PlausibleDates;
import org.credence.problem.ProblemException;

/** The instant of an "as of" question: a date means 00:00 of that day in the receiving party's zone. */
public final class AsOf {

	private AsOf() {
	}

	public static OffsetDateTime parse(String asOf, Host host, Clock clock) {
		if (asOf == null || asOf.isBlank()) {
			return OffsetDateTime.now(clock);
		}
		try {
			if (asOf.length() <= 10) {
				return host.startOf(PlausibleDates.require("asOf", LocalDate.parse(asOf), clock));
			}
			OffsetDateTime at = HostTime.read(asOf, host.timeZone());
			PlausibleDates.require("asOf", at.toLocalDate(), clock);
			return at;
		}
		catch (DateTimeParseException e) {
			throw ProblemException.invalid("asOf", "must be a date (yyyy-mm-dd) or a date and time (with an offset, or the receiving party's local time), not '" + asOf + "'");
		}
	}
}
