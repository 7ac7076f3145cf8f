package org.credence.audit;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.credence.host.Host;
import org.credence.problem.InvalidField;
import org.credence.problem.PlausibleDates;
import org.credence.problem.ProblemException;

/**
 * Which entries an auditor asks for: of one subject (its id), by one actor, of one action, about the
 * records a name is found in ({@code subjects}, their ids), recorded from the start of one day until
 * the end of another, days in the receiving party's time zone. Absent parts match everything; an
 * empty set of subjects (a name found nowhere) matches nothing.
 */
record JournalFilter(String subject, String actor, String action, Set<String> subjects, OffsetDateTime from,
		OffsetDateTime until) {

	/**
	 * The most records of each kind a name may stand for, so that the query stays small: a name
	 * found in more (a few letters typed) finds the entries of the first ones only; more of it finds all.
	 */
	static final int SUBJECTS = 2000;

	/** The filter as typed into a form or a query string; blank means absent. */
	static JournalFilter parse(JournalQuery query, Function<String, Set<String>> subjectsNamed, Host host, Clock clock) {
		List<InvalidField> invalid = new ArrayList<>();
		String subjectId = text("subject", query.subject(), 100, invalid);
		String actorName = text("actor", query.actor(), 200, invalid);
		String actionName = text("action", query.action(), 100, invalid);
		String name = text("name", query.name(), 300, invalid);
		LocalDate fromDay = day("from", query.from(), invalid, clock);
		LocalDate toDay = day("to", query.to(), invalid, clock);
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			invalid.add(new InvalidField("to", "must not be before from (" + fromDay + ")"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		return new JournalFilter(subjectId, actorName, actionName, name == null ? null : subjectsNamed.apply(name),
				host.startOf(fromDay), toDay == null ? null : host.startOf(toDay.plusDays(1)));
	}

	/** The filter as SQL conditions on journal_entry, each preceded by "and", its values put in {@code params}. */
	String where(Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		where(sql, params, "subject_id = :subject", "subject", subject);
		where(sql, params, "actor = :actor", "actor", actor);
		where(sql, params, "action = :action", "action", action);
		where(sql, params, "recorded_at >= :from", "from", from);
		where(sql, params, "recorded_at < :until", "until", until);
		if (subjects != null) {
			sql.append(subjects.isEmpty() ? " and false" : " and subject_id in (:subjects)");
			params.put("subjects", subjects);
		}
		return sql.toString();
	}

	private static void where(StringBuilder sql, Map<String, Object> params, String condition, String name, Object value) {
		if (value != null) {
			sql.append(" and ").append(condition);
			params.put(name, value);
		}
	}

	private static String text(String field, String value, int maxLength, List<InvalidField> invalid) {
		if (value == null || value.strip().isEmpty()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > maxLength) {
			invalid.add(new InvalidField(field, "must be at most " + maxLength + " characters"));
		}
		else if (stripped.indexOf('\0') >= 0) {
			invalid.add(new InvalidField(field, "must not contain a NUL character"));
		}
		return stripped;
	}

	private static LocalDate day(String field, String value, List<InvalidField> invalid, Clock clock) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		try {
			// Strictly yyyy-mm-dd: ISO's signed and five-digit years are not dates anyone types here.
			if (stripped.matches("\\d{4}-\\d{2}-\\d{2}")) {
				LocalDate day = LocalDate.parse(stripped);
				List<InvalidField> implausible = PlausibleDates.invalid(field, day, clock);
				invalid.addAll(implausible);
				return implausible.isEmpty() ? day : null;
			}
		}
		catch (DateTimeException e) {
			// falls through to the same answer as any other unreadable date
		}
		invalid.add(new InvalidField(field, "must be a date written yyyy-mm-dd, not '" + stripped + "'")
				.saying("date-written", Map.of("typed", stripped)));
		return null;
	}
}
