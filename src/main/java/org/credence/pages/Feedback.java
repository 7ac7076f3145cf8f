package org.credence.pages;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;
import org.credence.problem.ProblemKind;

/**
 * What a page says about the form just sent, in the shapes the layout's messages fragment shows:
 * after a change, a message shown once on the page the form redirects to; after a refusal, an error
 * summary at the top linking to each field, and each field's own error next to it. Refusals come
 * from the services with their detail; their rules are never checked a second time here.
 */
@Component
public class Feedback {

	private final Labels labels;

	private final ProblemWords words;

	Feedback(Labels labels, ProblemWords words) {
		this.labels = labels;
		this.words = words;
	}

	/**
	 * The message after a change, as a message key and its arguments, resolved in the reader's
	 * language. Kept in the session until the next page, so serializable, as its arguments are.
	 */
	public record Flash(String key, Object[] args) implements Serializable {
	}

	/** An error summary: a title, the service's explanation if any, and one link per field error. */
	public record Summary(String title, String detail, List<Item> items) {
	}

	/** One error, with the id of the field (or form) it concerns. */
	public record Item(String anchor, String message) {
	}

	public void done(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flash", new Flash(key, args));
	}

	/** Bean Validation or binding refused a bound form before any service was called. */
	public void invalid(Model model, String form, BindingResult result) {
		model.addAttribute("failure", new Summary(labels.title(form, ProblemKind.INVALID_INPUT, true), null,
				items(form, result)));
	}

	/** A service refused a bound form: fields it names are marked on the form, the rest is said in the summary. */
	public void refused(Model model, String form, BindingResult result, ProblemException problem) {
		Locale locale = LocaleContextHolder.getLocale();
		for (InvalidField invalid : fields(problem)) {
			String field = Labels.onForm(result, invalid.field());
			String said = words.field(invalid, locale);
			if (field != null) {
				result.rejectValue(field, "credence.refused", said);
			}
			else {
				result.reject("credence.refused", labels.failure(form, invalid.field(), said, locale));
			}
		}
		summary(model, form, problem, items(form, result));
	}

	private static List<InvalidField> fields(ProblemException problem) {
		return problem.properties().get("errors") instanceof List<?> fields
				? fields.stream().map(InvalidField.class::cast).toList() : List.of();
	}

	/**
	 * With what the service said, in the reader's language, unless only that fields are not valid,
	 * which the items say one by one.
	 */
	private void summary(Model model, String form, ProblemException problem, List<Item> items) {
		String detail = problem.kind().equals(ProblemKind.INVALID_INPUT) ? null
				: words.detail(problem, LocaleContextHolder.getLocale());
		model.addAttribute("failure", new Summary(labels.title(form, problem.kind(), !items.isEmpty()), detail, items));
	}

	/** In the order of the form's fields, which is the order of its object's (Bean Validation has none); the form's own errors last. */
	private List<Item> items(String form, BindingResult result) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Item> items = new ArrayList<>();
		List<ObjectError> errors = new ArrayList<>(result.getAllErrors());
		errors.sort(Comparator.comparingInt(error -> position(result.getTarget(), error)));
		for (ObjectError error : errors) {
			String constraint = words.constraint(error, locale);
			String message = constraint != null ? constraint : words.fixed(labels.message(error, locale), locale);
			items.add(error instanceof FieldError field ? item(form, field.getField(), message, locale)
					: new Item(form, message));
		}
		return items.stream().distinct().toList();
	}

	private static int position(Object form, ObjectError error) {
		if (!(error instanceof FieldError field) || form == null) {
			return Integer.MAX_VALUE;
		}
		String name = field.getField().replaceFirst("[.\\[].*", "");
		List<String> fields = Arrays.stream(form.getClass().getDeclaredFields()).map(Field::getName).toList();
		return fields.contains(name) ? fields.indexOf(name) : Integer.MAX_VALUE - 1;
	}

	/** A field's error, in the form's own words where it explains its rules: once, however many the field has. */
	private Item item(String form, String field, String message, Locale locale) {
		String explained = labels.explanation(form, field, locale);
		return new Item(form + "-" + field, explained != null ? explained : labels.failure(form, field, message, locale));
	}
}
