package org.credence.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.credence.host.Host;

/**
 * Dates as every page shows them (the layout's {@code dates}): the day in words, 1 November 2021 or
 * 1er novembre 2021; an instant that is not the receiving party's midnight with its time and the
 * zone's city (1 November 2021, 15:55 Brussels time; 1er novembre 2021, 15 h 55, heure de Bruxelles),
 * to the minute, which is as precise as a reader needs. Where the time matters even at midnight (when a decision takes effect),
 * {@link #at} shows it always. The markup keeps the machine's form in {@code datetime} attributes.
 */
@Component
public class Dates {

	private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter FRENCH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

	private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("HH'\u00a0h\u00a0'mm");

	private final Host host;

	private final MessageSource messages;

	Dates(Host host, MessageSource messages) {
		this.host = host;
		this.messages = messages;
	}

	public String show(LocalDate day) {
		if (day == null) {
			return "";
		}
		if (french()) {
			return (day.getDayOfMonth() == 1 ? "1er" : String.valueOf(day.getDayOfMonth())) + " " + day.format(FRENCH_MONTH);
		}
		return day.format(ENGLISH);
	}

	/** The day alone at the receiving party's midnight, otherwise with the time and zone. */
	public String show(OffsetDateTime instant) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime local = local(instant);
		return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? show(local.toLocalDate()) : at(instant);
	}

	public String show(Instant instant) {
		return instant == null ? "" : show(instant.atOffset(ZoneOffset.UTC));
	}

	/**
	 * A message's arguments with their dates shown as above, for the message after a change: an
	 * instant there (a deadline set, an effective instant) always with its time.
	 */
	public Object[] arguments(Object[] arguments) {
		return arguments == null ? null : Arrays.stream(arguments).map(argument -> argument instanceof LocalDate day ? show(day)
				: argument instanceof OffsetDateTime instant ? at(instant) : argument).toArray();
	}

	/** Always with the time and the zone, for the instants whose hour is the point. */
	public String at(OffsetDateTime instant) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime local = local(instant);
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage("dates.at", new Object[] { show(local.toLocalDate()),
				local.format(french() ? FRENCH_TIME : ENGLISH_TIME), zone(locale) }, locale);
	}

	/** The receiving party's zone by the city that names it, in the reader's language. */
	private String zone(Locale locale) {
		String id = host.timeZone().getId();
		return messages.getMessage("zone." + id, null, id.substring(id.lastIndexOf('/') + 1).replace('_', ' '), locale);
	}

	private ZonedDateTime local(OffsetDateTime instant) {
		return instant.atZoneSameInstant(host.timeZone()).truncatedTo(ChronoUnit.MINUTES);
	}

	private static boolean french() {
		return "fr".equals(LocaleContextHolder.getLocale().getLanguage());
	}
}
