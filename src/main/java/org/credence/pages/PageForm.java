package org.credence.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;
import org.credence.problem.VisibleText;

/**
 * The fields of a form not bound to a form object, read into values as they are sent, a blank field
 * being absent: what cannot be read (a date that is not one, a missing choice) is collected and
 * refused all at once, like the services' own checks, so that a page never fails on what a person
 * typed. The refusal is said by {@link Feedback} like any other.
 */
public final class PageForm {

	private final Map<String, String> values;

	private final List<InvalidField> invalid = new ArrayList<>();

	public PageForm(Map<String, String> values) {
		this.values = values;
	}

	public Map<String, String> values() {
		return values;
	}

	/** The text given, trimmed; null when blank. */
	public String text(String field) {
		String value = values.get(field);
		return value == null || value.isBlank() ? null : value.trim();
	}

	/**
	 * The text given on one line, at most {@code max} characters (the register's column), or null
	 * when blank; held to the rules of every text ({@link VisibleText}).
	 */
	public String text(String field, int max) {
		return text(field, max, false);
	}

	/** As {@link #text(String, int)}, on as many lines as the writer needs: grounds, topics. */
	public String lines(String field, int max, boolean required) {
		String value = text(field, max, true);
		if (required && value == null) {
			invalid.add(new InvalidField(field, "must be given"));
		}
		return value;
	}

	private String text(String field, int max, boolean lines) {
		String value = text(field);
		String problem = value == null ? null
				: value.length() > max ? "must be at most " + max + " characters" : VisibleText.problem(value, lines);
		if (problem != null) {
			invalid.add(new InvalidField(field, problem));
		}
		return value;
	}

	public String required(String field) {
		return required(field, Integer.MAX_VALUE);
	}

	public String required(String field, int max) {
		String value = text(field, max);
		if (value == null) {
			invalid.add(new InvalidField(field, "must be given"));
		}
		return value;
	}

	public LocalDate date(String field, boolean required) {
		String value = required ? required(field) : text(field);
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			invalid.add(new InvalidField(field, "must be a date such as 2021-04-17"));
			return null;
		}
	}

	/** A number of persons, absent when blank. */
	public Integer number(String field) {
		String value = text(field);
		try {
			return value == null ? null : Integer.valueOf(value);
		}
		catch (NumberFormatException e) {
			invalid.add(new InvalidField(field, "must be a whole number"));
			return null;
		}
	}

	public UUID id(String field) {
		String value = text(field);
		try {
			return value == null ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			invalid.add(new InvalidField(field, "is not a record of the register"));
			return null;
		}
	}

	public <E extends Enum<E>> E choice(String field, Class<E> choices) {
		String value = required(field);
		try {
			return value == null ? null : Enum.valueOf(choices, value);
		}
		catch (IllegalArgumentException e) {
			invalid.add(new InvalidField(field, "is not one of the choices"));
			return null;
		}
	}

	/** Refuses the form if anything could not be read; otherwise the values are whole. */
	public void requireReadable() {
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
	}
}
