package org.credence.pages;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import org.credence.problem.ProblemKind;

/**
 * The one set of field labels, {@code field.<name>}, read from the messages, for the error summary
 * and for the fields themselves (every page has them as {@code labels}). Where one form says a
 * field otherwise, {@code field.<form>.<name>} says it for that form only; where a form explains its
 * rules rather than repeat the service's words, {@code failure.<form>.<name>} is the error itself and
 * {@code failure.<form>.title} the summary's title. A form's id is its kind, then, for a form
 * repeated on a page, "-" and the record it is for ("answer-<id>"). Also which of a form's fields a
 * service's refusal names, the service naming them as the API's bodies do.
 */
@Component
class Labels {

	private static final Pattern CATEGORY_LIMIT = Pattern.compile("categories\\[(\\w+)]");

	/** A number of persons of one category (or UNSPECIFIED) in an incident. */
	private static final Pattern CATEGORY_COUNT = Pattern.compile("counts\\[(\\w+)]");

	private final MessageSource messages;

	Labels(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The field of a bound form that the service's field is, or null if the form has none: the service
	 * names a field as the API's body has it; a form has one field for what each act of a draft says
	 * (acts[2].departureDeadline), a citation has its source's fields at the top (source.publishedOn),
	 * a number per category is a map entry of the form (categories.X, counts.X), and a list's items
	 * (incidents[0], participants[2]) are chosen in the list's one field.
	 */
	static String onForm(BindingResult result, String field) {
		String named = field.replaceFirst("^acts\\[\\d+]\\.", "")
			.replaceFirst("^source\\.", "")
			.replaceFirst("^(categories|counts)\\.(\\w+)$", "$1[$2]")
			.replaceFirst("^(\\w+)\\[\\d+]$", "$1");
		Object form = result.getTarget();
		boolean has = form instanceof Map<?, ?> values ? values.containsKey(named)
				: form != null && PropertyAccessorFactory.forBeanPropertyAccess(form).isReadableProperty(named);
		return has ? named : null;
	}

	/** A field's label in the reader's language, for the fragments that show the field ({@code labels.of}). */
	public String of(String form, String field) {
		return label(form, field, LocaleContextHolder.getLocale());
	}

	/** The form's own words for a field's error, or null; next to the field, as in the summary. */
	public String explained(String form, String field) {
		return explanation(form, field, LocaleContextHolder.getLocale());
	}

	String title(String form, ProblemKind kind, boolean fieldByField) {
		Locale locale = LocaleContextHolder.getLocale();
		String own = fieldByField ? optional("failure." + kind(form) + ".title", locale) : null;
		return own != null ? own : messages.getMessage("problem." + kind.slug(), null, kind.title(), locale);
	}

	/** "Label: what is wrong". */
	String failure(String form, String field, String problem, Locale locale) {
		return messages.getMessage("failure.field", new Object[] { label(form, field, locale), problem }, locale);
	}

	String explanation(String form, String field, Locale locale) {
		return optional("failure." + kind(form) + "." + field, locale);
	}

	String message(MessageSourceResolvable error, Locale locale) {
		return messages.getMessage(error, locale);
	}

	/** A field's label; a per-category limit or count is named by its staff category. */
	private String label(String form, String field, Locale locale) {
		Matcher limit = CATEGORY_LIMIT.matcher(field);
		if (limit.matches()) {
			return messages.getMessage("field.categoryLimit", new Object[] { category(limit.group(1), locale) }, locale);
		}
		Matcher count = CATEGORY_COUNT.matcher(field);
		if (count.matches()) {
			return category(count.group(1), locale);
		}
		String own = optional("field." + kind(form) + "." + field, locale);
		return own != null ? own : messages.getMessage("field." + field, null, field, locale);
	}

	private String category(String name, Locale locale) {
		return messages.getMessage("category." + name, null, name, locale);
	}

	private String optional(String key, Locale locale) {
		return messages.getMessage(key, null, null, locale);
	}

	private static String kind(String form) {
		int dash = form.indexOf('-');
		return dash < 0 ? form : form.substring(0, dash);
	}
}
