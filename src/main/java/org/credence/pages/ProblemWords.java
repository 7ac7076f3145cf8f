package org.credence.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.ObjectError;

import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;

/**
 * A service's refusal in the reader's language, from the messages: the problem's
 * {@code problem.<type>.<case>} and a field's {@code rule.<rule>}, whose arguments are named as the
 * problem document's properties ({@code {since}}); dates are shown as every page shows them, and a
 * status by its {@code problem.<property>.<VALUE>} message. The API's English detail is the
 * last resort, on English pages only: a French page never shows it.
 */
@Component
class ProblemWords {

	private static final Pattern NAMED = Pattern.compile("\\{([a-zA-Z]\\w*)");

	private static final Pattern STANDARD = Pattern.compile("\\{jakarta\\.validation\\.constraints\\.(\\w+)\\.message}");

	private static final Pattern NOT_A_KEY = Pattern.compile("[^a-z0-9]+");

	private final MessageSource messages;

	private final Dates dates;

	ProblemWords(MessageSource messages, Dates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	String detail(ProblemException problem, Locale locale) {
		String pattern = raw(problem.messageKey(), locale);
		if (pattern == null) {
			pattern = raw("problem." + problem.kind().slug() + ".detail", locale);
		}
		return pattern != null ? format(pattern, problem.properties(), locale) : english(problem.getMessage(), locale);
	}

	/**
	 * What is wrong with a field, as a service says it: its rule's message, or the message keyed by
	 * its fixed English words; on a French page without either, that the value is refused.
	 */
	String field(InvalidField invalid, Locale locale) {
		String pattern = raw("rule." + (invalid.rule() != null ? invalid.rule() : key(invalid.problem())), locale);
		return pattern != null ? format(pattern, invalid.arguments(), locale)
				: english(invalid.problem(), locale) != null ? invalid.problem() : raw("rule.unexplained", locale);
	}

	/** A message in fixed English words ("must be on one line"), in the reader's language where its key exists. */
	String fixed(String message, Locale locale) {
		String pattern = message == null ? null : raw("rule." + key(message), locale);
		return pattern != null ? pattern : message;
	}

	/** "must be on one line" is the rule {@code must-be-on-one-line}. */
	private static String key(String words) {
		return NOT_A_KEY.matcher(words.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-|-$", "");
	}

	/**
	 * A standard constraint's failure (@NotNull, @Size...) in the pages' words, {@code constraint.<Name>}
	 * with the constraint's attributes ({@code {max}}; a list's size is {@code constraint.Size.items});
	 * null for any other error, which has its own message.
	 */
	String constraint(ObjectError error, Locale locale) {
		if (!error.contains(ConstraintViolation.class)) {
			return null;
		}
		ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
		Matcher standard = STANDARD.matcher(violation.getMessageTemplate());
		if (!standard.matches()) {
			return null;
		}
		boolean items = violation.getInvalidValue() instanceof Collection<?> || violation.getInvalidValue() instanceof Map<?, ?>;
		String pattern = raw("constraint." + standard.group(1) + (items ? ".items" : ""), locale);
		return pattern == null ? null : format(pattern, violation.getConstraintDescriptor().getAttributes(), locale);
	}

	private String format(String pattern, Map<String, Object> arguments, Locale locale) {
		List<String> names = new ArrayList<>();
		Matcher named = NAMED.matcher(pattern);
		String indexed = named.replaceAll(match -> {
			if (!names.contains(match.group(1))) {
				names.add(match.group(1));
			}
			return "{" + names.indexOf(match.group(1));
		});
		Object[] values = names.stream().map(name -> shown(name, arguments.get(name), locale)).toArray();
		return Elisions.elided(new MessageFormat(indexed, locale).format(values), locale);
	}

	private Object shown(String name, Object value, Locale locale) {
		if (value instanceof LocalDate day) {
			return dates.show(day);
		}
		if (value instanceof OffsetDateTime instant) {
			return dates.show(instant);
		}
		if (value instanceof Instant instant) {
			return dates.show(instant);
		}
		if (value instanceof Number || value == null) {
			return value;
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(each -> String.valueOf(shown(name, each, locale))).collect(Collectors.joining(", "));
		}
		String text = value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
		return messages.getMessage("problem." + name + "." + text, null, text, locale);
	}

	private String raw(String key, Locale locale) {
		return messages.getMessage(key, null, null, locale);
	}

	private static String english(String text, Locale locale) {
		return "fr".equals(locale.getLanguage()) ? null : text;
	}
}
