package org.credence.registry.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;

/** A date of birth that may be known only to the year, or to the month: {@code 1971}, {@code 1971-05}, {@code 1971-05-14}. */
public record BirthDate(int year, Integer month, Integer day) {

	public static final String PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";

	private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	/** @throws IllegalArgumentException naming what is impossible about the date */
	public static BirthDate parse(String text) {
		Matcher matcher = PARTS.matcher(text);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("must be written yyyy, yyyy-mm or yyyy-mm-dd");
		}
		int year = Integer.parseInt(matcher.group(1));
		Integer month = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
		Integer day = matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3));
		try {
			LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
		}
		catch (DateTimeException e) {
			throw new IllegalArgumentException("'" + text + "' is not a date in the calendar");
		}
		if (year < 1850) {
			throw new IllegalArgumentException("must not be before 1850");
		}
		return new BirthDate(year, month, day);
	}

	/** The earliest day the date can mean, to compare with today. */
	public LocalDate earliest() {
		return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
	}

	@Override
	public String toString() {
		return year + (month == null ? "" : String.format("-%02d", month)) + (day == null ? "" : String.format("-%02d", day));
	}
}
