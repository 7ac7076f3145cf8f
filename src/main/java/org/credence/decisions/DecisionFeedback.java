package org.credence.decisions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
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
 * What the decision pages say about the form just sent, in the shapes the layout's messages
 * fragment shows: a message once after a change; after a refusal, the service's explanation and
 * one link per field, each field's error also next to it. The procedure's rules are never checked here.
 */
@Component
class DecisionFeedback {

	record Flash(String key, Object[] args) {
	}

	record Summary(String title, String detail, List<Item> items) {
	}

	record Item(String anchor, String message) {
	}

	private static final Pattern CATEGORY_LIMIT = Pattern.compile("categories\\[(\\w+)]");

	private final MessageSource messages;

	DecisionFeedback(MessageSource messages) {
		this.messages = messages;
	}

	void done(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flash", new Flash(key, args));
	}

	/** Bean Validation or binding refused the form before any service was called. */
	void invalid(Model model, String form, BindingResult result) {
		model.addAttribute("failure", new Summary(title(ProblemKind.INVALID_INPUT), null, items(form, result)));
	}

	/** A service refused: fields it names are marked on the form, the rest is said in the summary. */
	void refused(Model model, String form, BindingResult result, ProblemException problem) {
		if (problem.properties().get("errors") instanceof List<?> fields) {
			for (Object field : fields) {
				if (field instanceof InvalidField invalid && onForm(result, formField(invalid.field()))) {
					result.rejectValue(formField(invalid.field()), "credence.refused", invalid.problem());
				}
				else if (field instanceof InvalidField invalid) {
					result.reject("credence.refused", invalid.field() + ": " + invalid.problem());
				}
			}
		}
		String detail = problem.kind().equals(ProblemKind.INVALID_INPUT) ? null : problem.getMessage();
		model.addAttribute("failure", new Summary(title(problem.kind()), detail, items(form, result)));
	}

	/**
	 * The draft form has one field for what each act's field says, e.g. acts[2].departureDeadline;
	 * a per-category limit is a map entry of the form, and the incidents cited are one multi-select.
	 */
	private static String formField(String field) {
		return field.replaceFirst("^acts\\[\\d+]\\.", "")
			.replaceFirst("^categories\\.(\\w+)$", "categories[$1]")
			.replaceFirst("^incidents\\[\\d+]$", "incidents");
	}

	private static boolean onForm(BindingResult result, String field) {
		return result.getTarget() != null
				&& PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget()).isReadableProperty(field);
	}

	/** A field's label; a per-category limit is named by its category. */
	private String label(String field, Locale locale) {
		Matcher limit = CATEGORY_LIMIT.matcher(field);
		if (limit.matches()) {
			String category = messages.getMessage("category." + limit.group(1), null, limit.group(1), locale);
			return messages.getMessage("field.categoryLimit", new Object[] { category }, locale);
		}
		return messages.getMessage("field." + field, null, field, locale);
	}

	private String title(ProblemKind kind) {
		return messages.getMessage("problem." + kind.slug(), null, kind.title(), LocaleContextHolder.getLocale());
	}

	private List<Item> items(String form, BindingResult result) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Item> items = new ArrayList<>();
		for (ObjectError error : result.getAllErrors()) {
			String message = messages.getMessage(error, locale);
			if (error instanceof FieldError field) {
				String label = label(field.getField(), locale);
				items.add(new Item(form + "-" + field.getField(),
						messages.getMessage("failure.field", new Object[] { label, message }, locale)));
			}
			else {
				items.add(new Item(form, message));
			}
		}
		return items;
	}
}
