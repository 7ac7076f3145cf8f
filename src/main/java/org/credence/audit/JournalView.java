package org.credence.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.credence.audit.JournalSubjects.Subject;

/**
 * Entries as the journal page shows them: actions and subjects by name, each change as lines of
 * field, before and after, in the reader's language. The names of every record a page mentions
 * are asked for at once, from the modules that own them ({@link JournalNames}).
 */
@Component
class JournalView {

	static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/** Records with a page whose module did not name them (a decision since removed): linked by id, called by their kind. */
	private static final Map<String, String> PAGES = Map.of("decision", "/decisions/");

	private final JournalNames names;

	private final JournalValues values;

	private final MessageSource messages;

	private final JsonMapper json;

	JournalView(JournalNames names, JournalValues values, MessageSource messages, JsonMapper json) {
		this.names = names;
		this.values = values;
		this.messages = messages;
		this.json = json;
	}

	/** A line of a change as shown; {@code before} null when nothing was replaced. */
	record Line(String key, String readableKey, JournalValues.Value before, JournalValues.Value after) {
	}

	record Row(JournalEntry entry, String action, String subjectType, Subject subject, List<Line> lines) {
	}

	List<Row> rows(List<JournalEntry> entries, Locale locale) {
		List<JsonNode> changes = entries.stream().map(entry -> json.readTree(entry.change())).toList();
		Set<String> ids = new HashSet<>();
		entries.forEach(entry -> ids.add(entry.subjectId()));
		changes.forEach(change -> ChangeLine.ids(change, ids));
		Map<String, Subject> named = names.describe(ids);
		return IntStream.range(0, entries.size()).mapToObj(i -> {
			JournalEntry entry = entries.get(i);
			List<Line> lines = ChangeLine.of(changes.get(i)).stream()
				.map(line -> new Line(line.key(), readable(line.key()),
						line.before() == null ? null : values.of(line.key(), line.before(), named, locale),
						values.of(line.key(), line.after(), named, locale)))
				.toList();
			return new Row(entry, action(entry.action(), locale), subjectType(entry.subjectType(), locale),
					subject(entry, named), lines);
		}).toList();
	}

	String action(String action, Locale locale) {
		return messages.getMessage("journal.action." + action, null, readable(action), locale);
	}

	private String subjectType(String type, Locale locale) {
		return messages.getMessage("journal.subject-type." + type, null, readable(type), locale);
	}

	/** The subject by name with its page; one no module names is shown by its kind alone, linked if its page is known. */
	private static Subject subject(JournalEntry entry, Map<String, Subject> named) {
		Subject subject = named.get(entry.subjectId());
		if (subject != null) {
			return subject;
		}
		String page = PAGES.get(entry.subjectType());
		return new Subject(null, page == null || !UUID.matcher(entry.subjectId()).matches() ? null : page + entry.subjectId());
	}

	/** A key as words: {@code departureDeadline}, {@code decision.not-adopted} → "Departure deadline", "Decision not adopted". */
	static String readable(String key) {
		String words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[._\\-]+", " ").toLowerCase(Locale.ROOT).strip();
		return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
