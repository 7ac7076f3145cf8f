package org.credence.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.credence.audit.JournalSubjects.Subject;
import org.credence.host.Host;
import org.credence.pages.StateNames;

/**
 * A value of a change in words: a record by its name and page (never its id), an instant or a day
 * for the layout's dates, a coded value (a status, a category, a state) by its name in the reader's
 * language, a list as its items; text as written.
 */
@Component
class JournalValues {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");

	private final MessageSource messages;

	private final StateNames states;

	private final Host host;

	JournalValues(MessageSource messages, StateNames states, Host host) {
		this.messages = messages;
		this.states = states;
		this.host = host;
	}

	/** One of: a text, an instant to show with the layout's dates, a name linking to {@code href}. */
	record Value(String text, OffsetDateTime at, String href) {

		static Value text(String text) {
			return new Value(text, null, null);
		}
	}

	Value of(String key, JsonNode node, Map<String, Subject> named, Locale locale) {
		if (node.isString()) {
			String text = node.asString();
			Subject subject = named.get(text);
			if (subject != null) {
				return new Value(subject.name(), null, subject.href());
			}
			OffsetDateTime at = instant(text);
			if (at != null) {
				return new Value(null, at, null);
			}
		}
		return Value.text(text(key, node, named, locale));
	}

	private String text(String key, JsonNode node, Map<String, Subject> named, Locale locale) {
		if (node.isNull() || node.isMissingNode() || (node.isContainer() && node.isEmpty())) {
			return "—";
		}
		if (node.isBoolean()) {
			return messages.getMessage("journal.value." + node.asBoolean(), null, locale);
		}
		if (node.isContainer()) {
			return StreamSupport.stream(node.values().spliterator(), false).map(item -> text(key, item, named, locale))
				.collect(Collectors.joining(node.isArray() ? ", " : " · "));
		}
		String text = node.asString();
		Subject subject = named.get(text);
		if (subject != null) {
			return subject.name();
		}
		if (JournalView.UUID.matcher(text).matches()) {
			return messages.getMessage("journal.value.record", null, locale);
		}
		if (CODE.matcher(text).matches()) {
			return code(key, text, locale);
		}
		OffsetDateTime at = instant(text);
		return at != null ? host.describe(at.truncatedTo(ChronoUnit.MINUTES)) : text;
	}

	/** A coded value, as the pages name it ({@code status.ACTIVE}), else as the journal does, else a state's code. */
	private String code(String key, String code, Locale locale) {
		String named = messages.getMessage(key + "." + code, null, messages.getMessage("journal.value." + code, null, null, locale),
				locale);
		if (named == null) {
			String state = states.name(code, locale);
			named = state.equals(code) ? JournalView.readable(code) : state;
		}
		return named;
	}

	/** An instant, or a day taken as its first instant (which the layout's dates show as the day alone). */
	private OffsetDateTime instant(String text) {
		try {
			if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return host.startOf(LocalDate.parse(text));
			}
			if (text.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
				return OffsetDateTime.parse(text);
			}
		}
		catch (DateTimeException e) {
			// not a date after all: shown as written
		}
		return null;
	}
}
