package org.credence.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * What a page says about the form just sent: after a change, a message shown once on the page the
 * form redirects to; after a refusal, an error summary at the top, linking to each field, and each
 * field's own error next to it. Refusals come from the services with their detail; the registry's
 * rules are never checked a second time here.
 */
@Component
class Feedback {

	private final MessageSource messages;

	Feedback(MessageSource messages) {
		this.messages = messages;
	}

	/** The message after a change, as a message key and its arguments, resolved in the reader's language. */
	record Flash(String key, Object[] args) {
	}

	/** An error summary: a title, the registry's explanation if any, and one link per field error. */
	record Summary(String title, String detail, List<Item> items) {
	}

	/** One error, with the id of the field (or form) it concerns. */
	record Item(String anchor, String message) {
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
				if (field instanceof InvalidField invalid && onForm(result, invalid.field())) {
					result.rejectValue(invalid.field(), "registry", invalid.problem());
				}
				else if (field instanceof InvalidField invalid) {
					result.reject("registry", invalid.field() + ": " + invalid.problem());
				}
			}
		}
		String detail = problem.kind().equals(ProblemKind.INVALID_INPUT) ? null : problem.getMessage();
		model.addAttribute("failure", new Summary(title(problem.kind()), detail, items(form, result)));
	}

	private static boolean onForm(BindingResult result, String field) {
		return result.getTarget() instanceof Map<?, ?> values ? values.containsKey(field)
				: PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget()).isReadableProperty(field);
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
				String label = messages.getMessage("field." + field.getField(), null, field.getField(), locale);
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
