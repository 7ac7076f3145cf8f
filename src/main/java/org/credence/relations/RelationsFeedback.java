package org.credence.relations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;

/**
 * The relations pages' messages, in the shapes the shared layout's messages fragment shows: a notice
 * after a change, and after a refusal an error summary linking each field, with each field's error
 * also given next to it ({@code errors}, by field name) and the form filled in as it was sent.
 */
@Component
class RelationsFeedback {

	record Flash(String key, Object[] args) {
	}

	record Summary(String title, String detail, List<Item> items) {
	}

	record Item(String anchor, String message) {
	}

	private final MessageSource messages;

	RelationsFeedback(MessageSource messages) {
		this.messages = messages;
	}

	void done(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flash", new Flash(key, args));
	}

	/** Which form was refused, the values sent, and why, field by field when the service said which. */
	void refused(Model model, String form, Map<String, String> sent, ProblemException problem, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (problem.properties().get("errors") instanceof List<?> fields) {
			// The API nests a citation's source ("source.publishedOn"), the page's form does not; and
			// a list's item ("participants[2]") is said at the list's one field.
			fields.stream().map(InvalidField.class::cast).forEach(f -> errors.merge(
					f.field().replaceFirst("^source\\.", "").replaceFirst("\\[\\d+]$", ""), f.problem(),
					(one, other) -> one + "; " + other));
		}
		List<Item> items = errors.entrySet()
			.stream()
			.map(e -> new Item(form + "-" + e.getKey(), messages.getMessage("failure.field",
					new Object[] { label(e.getKey(), locale), e.getValue() }, locale)))
			.toList();
		String title = messages.getMessage("problem." + problem.kind().slug(), null, problem.kind().title(), locale);
		model.addAttribute("failure", new Summary(title, items.isEmpty() ? problem.getMessage() : null, items));
		model.addAttribute("refused", form);
		model.addAttribute("errors", errors);
		model.addAttribute("sent", sent);
	}

	/** A field as its form labels it; "counts.DIPLOMATIC_AGENT" by its staff category. */
	private String label(String field, Locale locale) {
		String name = field.substring(field.lastIndexOf('.') + 1);
		String key = field.startsWith("counts.") ? "category." + name : "relations.field." + name;
		return messages.getMessage(key, null, name, locale);
	}
}
