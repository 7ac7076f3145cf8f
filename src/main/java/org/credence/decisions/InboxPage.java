package org.credence.decisions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.host.States;
import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.security.Actors;

/** The delegate's inbox: decisions circulated to their state and not yet answered; and the answer itself. */
@Controller
@BlankIsAbsent
class InboxPage {

	private final SilenceProcedure procedure;

	private final DecisionActs decisionActs;

	private final MemberAnswers memberAnswers;

	private final ActDescriptions descriptions;

	private final DecisionPageModel page;

	private final Feedback feedback;

	private final Actors actors;

	private final States states;

	InboxPage(SilenceProcedure procedure, DecisionActs decisionActs, MemberAnswers memberAnswers,
			ActDescriptions descriptions, DecisionPageModel page, Feedback feedback, Actors actors, States states) {
		this.states = states;
		this.procedure = procedure;
		this.decisionActs = decisionActs;
		this.memberAnswers = memberAnswers;
		this.descriptions = descriptions;
		this.page = page;
		this.feedback = feedback;
		this.actors = actors;
	}

	/** A decision awaiting the delegate's answer, with its acts in words. */
	record Awaiting(Decision decision, List<String> acts) {
	}

	@GetMapping("/decisions/inbox")
	String inbox(Model model, Locale locale) {
		String state = actors.memberState().orElse("");
		model.addAttribute("self", "/decisions/inbox");
		model.addAttribute("stateName", states.find(state).map(found -> found.name(locale)).orElse(state));
		model.addAttribute("answer", new AnswerForm());
		model.addAttribute("answerFor", null);
		List<Decision> circulated = procedure.list(DecisionStatus.CIRCULATED, null, null);
		List<UUID> ids = circulated.stream().map(Decision::id).toList();
		Map<UUID, List<MemberAnswer>> answers = memberAnswers.of(ids);
		List<Decision> awaiting = circulated.stream()
			.filter(decision -> answers.getOrDefault(decision.id(), List.of()).stream()
				.anyMatch(asked -> asked.state().equals(state) && asked.answer() == null))
			.toList();
		Map<UUID, List<String>> acts = descriptions.describe(decisionActs.of(awaiting.stream().map(Decision::id).toList()),
				locale);
		page.names(model, awaiting, locale);
		model.addAttribute("awaiting", awaiting.stream()
			.map(decision -> new Awaiting(decision, acts.getOrDefault(decision.id(), List.of())))
			.toList());
		return "decision-inbox";
	}

	@PostMapping("/decisions/{id}/answers")
	String answer(@PathVariable UUID id, @Valid @ModelAttribute("answer") AnswerForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		model.addAttribute("answerFor", id);
		return page.submit(id, "break-" + id, result, model, locale, () -> {
			procedure.answer(id, form.getAnswer(), form.getStatement());
			feedback.done(redirect, "flash.decision-answered." + form.getAnswer().name());
		});
	}
}
