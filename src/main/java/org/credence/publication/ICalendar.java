package org.credence.publication;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An iCalendar document (RFC 5545) of events at an instant each, written in UTC: CRLF line ends,
 * lines folded at 75 octets without splitting a character's UTF-8 bytes, text values escaped.
 */
final class ICalendar {

	/** An event with a UID that stays the same for the same deadline, so that clients update it in place. */
	record Event(String uid, OffsetDateTime at, String summary, String description) {
	}

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int OCTETS = 75;

	private final StringBuilder text = new StringBuilder();

	private ICalendar() {
	}

	static String of(String name, Instant stamp, List<Event> events) {
		ICalendar calendar = new ICalendar();
		calendar.line("BEGIN:VCALENDAR").line("VERSION:2.0").line("PRODID:-//Credence//Deadlines//EN")
			.line("CALSCALE:GREGORIAN").line("METHOD:PUBLISH").line("X-WR-CALNAME:" + escaped(name));
		for (Event event : events) {
			calendar.line("BEGIN:VEVENT").line("UID:" + event.uid()).line("DTSTAMP:" + UTC.format(stamp))
				.line("DTSTART:" + UTC.format(event.at().toInstant())).line("SUMMARY:" + escaped(event.summary()));
			if (event.description() != null) {
				calendar.line("DESCRIPTION:" + escaped(event.description()));
			}
			calendar.line("END:VEVENT");
		}
		return calendar.line("END:VCALENDAR").text.toString();
	}

	/** Backslashes first, so that those the other escapes add are not escaped again. */
	static String escaped(String value) {
		return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	/** The line folded: a continuation starts with a space, which counts in its 75 octets. */
	private ICalendar line(String line) {
		int octets = 0;
		for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
			String character = Character.toString(line.codePointAt(i));
			int size = character.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > OCTETS) {
				text.append("\r\n ");
				octets = 1;
			}
			text.append(character);
			octets += size;
		}
		text.append("\r\n");
		return this;
	}
}
