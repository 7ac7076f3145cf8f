package org.credence.relations;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;

/**
 * The forms of the forums' pages: a forum established; on its page, a meeting, a proposal for one
 * and the answer to a proposal recorded. Refused, the same page again with why and the form as it
 * was typed.
 */
@Controller
@BlankIsAbsent
@RequestMapping("/forums")
class ForumPageForms {

	private final Dialogue dialogue;

	private final ForumPages pages;

	private final Feedback feedback;

	private final FormStep step;

	ForumPageForms(Dialogue dialogue, ForumPages pages, Feedback feedback, FormStep step) {
		this.dialogue = dialogue;
		this.pages = pages;
		this.feedback = feedback;
		this.step = step;
	}

	@PostMapping
	String establish(@Valid @ModelAttribute("forum") ForumForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "forum", result, () -> {
			Forum forum = dialogue.establish(form.getName(), form.getEstablishedOn(), form.chosen(),
					form.getClassification());
			feedback.done(redirect, "forums.established", forum.name());
			return "redirect:/forums/" + forum.id();
		}, () -> pages.list(model, locale));
	}

	@PostMapping("/{id}/meetings")
	String meet(@PathVariable UUID id, @Valid @ModelAttribute("meeting") MeetingForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "meeting", result, () -> {
			dialogue.meet(id, form.getHeldOn(), form.getLevel(), form.getTopics(), form.getClassification());
			feedback.done(redirect, "forums.met", form.getHeldOn());
			return "redirect:/forums/" + id;
		}, () -> pages.show(id, model, locale));
	}

	@PostMapping("/{id}/proposals")
	String propose(@PathVariable UUID id, @Valid @ModelAttribute("proposal") ProposalForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "proposal", result, () -> {
			dialogue.propose(id, form.getProposedBy(), form.getProposedOn(), form.getAwaiting(), form.getTopics(),
					form.getClassification());
			feedback.done(redirect, "forums.proposed", form.getProposedOn());
			return "redirect:/forums/" + id;
		}, () -> pages.show(id, model, locale));
	}

	/** One answer form for each open proposal: refused, only the one that was sent shows why and what was typed. */
	@PostMapping("/{id}/proposals/{proposalId}/answer")
	String answer(@PathVariable UUID id, @PathVariable UUID proposalId,
			@Valid @ModelAttribute("answer") ProposalAnswerForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "answer-" + proposalId, result, () -> {
			dialogue.answer(id, proposalId, form.getStatus(), form.getOn());
			feedback.done(redirect, "forums.answer.recorded", form.getOn());
			return "redirect:/forums/" + id;
		}, () -> {
			model.addAttribute("answering", proposalId);
			return pages.show(id, model, locale);
		});
	}
}
