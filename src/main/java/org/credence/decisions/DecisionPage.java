package org.credence.decisions;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.host.Host;
import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;

/** One decision: its acts in words and its procedure, with the proposer's steps (circulate, extend, withdraw). */
@Controller
@BlankIsAbsent
@RequestMapping("/decisions/{id}")
class DecisionPage {

	private final DecisionPageModel page;

	private final SilenceProcedure procedure;

	private final DecisionDrafting drafting;

	private final Feedback feedback;

	private final Host host;

	DecisionPage(DecisionPageModel page, SilenceProcedure procedure, DecisionDrafting drafting,
			Feedback feedback, Host host) {
		this.page = page;
		this.procedure = procedure;
		this.drafting = drafting;
		this.feedback = feedback;
		this.host = host;
	}

	@GetMapping
	String show(@PathVariable UUID id, Model model, Locale locale) {
		return page.show(model, id, locale);
	}

	@PostMapping("/circulation")
	String circulate(@PathVariable UUID id, @Valid @ModelAttribute("circulation") DeadlineForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		return page.submit(id, "circulation", result, model, locale, () -> {
			Decision circulated = procedure.circulate(id, form.getDeadline().atZone(host.timeZone()).toOffsetDateTime());
			feedback.done(redirect, "flash.decision-circulated", circulated.deadline());
		});
	}

	@PostMapping("/deadline")
	String extend(@PathVariable UUID id, @Valid @ModelAttribute("extension") DeadlineForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		return page.submit(id, "extension", result, model, locale, () -> {
			Decision extended = procedure.extend(id, form.getDeadline().atZone(host.timeZone()).toOffsetDateTime());
			feedback.done(redirect, "flash.decision-extended", extended.deadline());
		});
	}

	@PostMapping("/withdrawal")
	String withdraw(@PathVariable UUID id, Model model, Locale locale, RedirectAttributes redirect) {
		return page.submit(id, "withdrawal", DecisionPageModel.button("withdrawal"), model, locale, () -> {
			drafting.withdraw(id);
			feedback.done(redirect, "flash.decision-withdrawn");
		});
	}
}
