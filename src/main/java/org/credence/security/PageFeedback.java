package org.credence.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;

/**
 * The account pages' messages, in the shapes the shared layout's messages fragment shows: a notice
 * after a change, and an error summary linking each refused field, said in the reader's language.
 */
@Component
class PageFeedback {

	record Flash(String key, Object[] args) {
	}

	record Summary(String title, String detail, List<Item> items) {
	}

	record Item(String anchor, String message) {
	}

	private final MessageSource messages;

	PageFeedback(MessageSource messages) {
		this.messages = messages;
	}

	void done(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flash", new Flash(key, args));
	}

	/**
	 * Each field the service refused, as "Label: what is wrong" in the page's language: in the summary,
	 * and by field name ({@code errors}) for a form that says it next to the field too.
	 */
	void refused(Model model, String form, ProblemException problem, Locale locale) {
		List<InvalidField> fields = problem.properties().get("errors") instanceof List<?> list
				? list.stream().map(InvalidField.class::cast).toList() : List.of();
		List<Item> items = fields.stream()
			.map(field -> new Item(form + "-" + field.field(),
					messages.getMessage("account.error." + field.field(), null, field.problem(), locale)))
			.toList();
		Map<String, String> errors = new LinkedHashMap<>();
		items.forEach(item -> errors.putIfAbsent(item.anchor().substring(form.length() + 1), item.message()));
		String title = messages.getMessage("problem." + problem.kind().slug(), null, null, locale);
		model.addAttribute("failure", new Summary(items.isEmpty() && title != null ? title
				: messages.getMessage("account.error.title", null, locale), items.isEmpty() ? problem.getMessage() : null,
				items));
		model.addAttribute("errors", errors);
	}
}
