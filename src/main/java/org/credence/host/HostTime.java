package org.credence.host;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

import org.credence.problem.PlausibleDates;
import org.credence.problem.ProblemException;

/**
 * The one way the API writes and reads an instant. Written: ISO 8601 in the receiving party's
 * offset, to the microsecond PostgreSQL keeps (rounded as it is stored), the fraction left out when it is zero
 * ({@code 2021-11-01T00:00:00+01:00}, {@code 2021-10-06T12:00:00.123456+02:00}). Read: the same,
 * any offset or {@code Z}, seconds and fraction optional; without an offset it is the receiving
 * party's local time, so that both what the API returns and what its clocks show can be sent.
 */
public final class HostTime {

	/** What every instant the API writes matches; the tests check responses against it. */
	public static final String PATTERN = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{6})?[+-]\\d{2}:\\d{2}";

	/** What the API reads where it asks for an instant, for the documentation of such fields. */
	public static final String ACCEPTED = "ISO 8601 date and time with an offset (2021-10-20T12:00:00+02:00), as the API "
			+ "writes them; without an offset (2021-10-20T12:00), the receiving party's local time; seconds optional";

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

	private static final DateTimeFormatter MICROSECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

	private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.appendLiteral('T')
		.appendValue(ChronoField.HOUR_OF_DAY, 2)
		.appendLiteral(':')
		.appendValue(ChronoField.MINUTE_OF_HOUR, 2)
		.optionalStart()
		.appendLiteral(':')
		.appendValue(ChronoField.SECOND_OF_MINUTE, 2)
		.optionalStart()
		.appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
		.optionalEnd()
		.optionalEnd()
		.optionalStart()
		.appendOffsetId()
		.optionalEnd()
		.toFormatter()
		.withResolverStyle(ResolverStyle.STRICT);

	private HostTime() {
	}

	public static String write(OffsetDateTime instant, ZoneId zone) {
		OffsetDateTime local = instant.withOffsetSameInstant(zone.getRules().getOffset(instant.toInstant()));
		// Rounded as the database driver rounds what it stores, so that the answer to a write and later reads agree.
		if (local.getNano() % 1000 != 0) {
			local = local.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
		}
		int year = local.getYear();
		if (year < 0 || year > 9999 || local.getOffset().getTotalSeconds() % 60 != 0) {
			return (local.getNano() == 0 ? SECONDS : MICROSECONDS).format(local);
		}
		// Written by hand: a list of thousands of rows writes several instants per row, and the pattern's
		// formatter was a good part of such an answer's time.
		StringBuilder text = new StringBuilder(32);
		digits(text, year, 4).append('-');
		digits(text, local.getMonthValue(), 2).append('-');
		digits(text, local.getDayOfMonth(), 2).append('T');
		digits(text, local.getHour(), 2).append(':');
		digits(text, local.getMinute(), 2).append(':');
		digits(text, local.getSecond(), 2);
		if (local.getNano() != 0) {
			digits(text.append('.'), local.getNano() / 1000, 6);
		}
		int minutes = local.getOffset().getTotalSeconds() / 60;
		text.append(minutes < 0 ? '-' : '+');
		digits(text, Math.abs(minutes) / 60, 2).append(':');
		return digits(text, Math.abs(minutes) % 60, 2).toString();
	}

	private static StringBuilder digits(StringBuilder text, int value, int width) {
		String written = Integer.toString(value);
		for (int i = written.length(); i < width; i++) {
			text.append('0');
		}
		return text.append(written);
	}

	/**
	 * The instant a query parameter names: a date alone is 00:00 of that day in the receiving party's
	 * zone, a date and time is read as {@link #read} reads it; null when blank. A date the registry does
	 * not accept, or text that is neither, is a problem naming the field.
	 */
	public static OffsetDateTime query(String field, String text, Host host, Clock clock) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			if (text.trim().length() <= 10) {
				return host.startOf(PlausibleDates.require(field, LocalDate.parse(text.trim()), clock));
			}
			OffsetDateTime instant = read(text, host.timeZone());
			PlausibleDates.require(field, instant.toLocalDate(), clock);
			return instant;
		}
		catch (DateTimeParseException e) {
			throw ProblemException.invalid(field, "must be a date (yyyy-mm-dd) or a date and time (with an offset, or the "
					+ "receiving party's local time), not '" + text + "'");
		}
	}

	/** @throws DateTimeParseException when the text is not a date and time as described above */
	public static OffsetDateTime read(String text, ZoneId zone) {
		var parsed = READ.parseBest(text.trim(), OffsetDateTime::from, LocalDateTime::from);
		return parsed instanceof OffsetDateTime instant ? instant
				: ((LocalDateTime) parsed).atZone(zone).toOffsetDateTime();
	}
}
