package org.credence.decisions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;

/** The executive's signing queue: executive decisions still in draft, each signed with one button. */
@Controller
@BlankIsAbsent
class SigningPage {

	private final SilenceProcedure procedure;

	private final DecisionDrafting drafting;

	private final DecisionActs decisionActs;

	private final ActDescriptions descriptions;

	private final DecisionPageModel page;

	private final Feedback feedback;

	SigningPage(SilenceProcedure procedure, DecisionDrafting drafting, DecisionActs decisionActs,
			ActDescriptions descriptions, DecisionPageModel page, Feedback feedback) {
		this.procedure = procedure;
		this.drafting = drafting;
		this.decisionActs = decisionActs;
		this.descriptions = descriptions;
		this.page = page;
		this.feedback = feedback;
	}

	/** A draft awaiting the signature, with its acts in words. */
	record Unsigned(Decision decision, List<String> acts) {
	}

	@GetMapping("/decisions/signing")
	String queue(Model model, Locale locale) {
		model.addAttribute("self", "/decisions/signing");
		List<Decision> drafts = procedure.list(DecisionStatus.DRAFT, null, null).stream()
			.filter(decision -> decision.authority() == Authority.EXECUTIVE)
			.toList();
		Map<UUID, List<String>> acts = descriptions.describe(decisionActs.of(drafts.stream().map(Decision::id).toList()),
				locale);
		page.names(model, drafts, locale);
		model.addAttribute("unsigned", drafts.stream()
			.map(decision -> new Unsigned(decision, acts.getOrDefault(decision.id(), List.of())))
			.toList());
		return "decision-signing";
	}

	@PostMapping("/decisions/{id}/signature")
	String sign(@PathVariable UUID id, Model model, Locale locale, RedirectAttributes redirect) {
		return page.submit(id, "signature", DecisionPageModel.button("signature"), model, locale, () -> {
			drafting.sign(id);
			feedback.done(redirect, "flash.decision-signed");
		});
	}
}
