package org.credence.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.host.States;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.pages.PageForm;

/**
 * The forums of dialogue as pages: the list with the form that establishes one; each with its meetings, the last one first, and the proposals
 * for a meeting with whose answer is awaited and for how long; forms record a meeting, a proposal
 * and its answer.
 */
@Controller
@RequestMapping("/forums")
class ForumPages {

	private final ForumViews views;

	private final Dialogue dialogue;

	private final Parties parties;

	private final Feedback feedback;

	private final FormStep step;

	private final States states;

	ForumPages(ForumViews views, Dialogue dialogue, Parties parties, Feedback feedback, FormStep step,
			States states) {
		this.views = views;
		this.step = step;
		this.states = states;
		this.dialogue = dialogue;
		this.parties = parties;
		this.feedback = feedback;
	}

	@GetMapping
	String list(Model model, Locale locale) {
		model.addAttribute("forums", views.all());
		model.addAttribute("names", new PartyNames(parties, locale));
		model.addAttribute("parties", PartyNames.choices(states, parties, locale));
		return "forums";
	}

	/** Participants are chosen several at once; the other fields are read like the other forms'. */
	@PostMapping
	String establish(@RequestParam Map<String, String> sent,
			@RequestParam(name = "participants", required = false) List<String> participants, Model model,
			Locale locale, RedirectAttributes redirect) {
		PageForm form = new PageForm(sent);
		List<String> chosen = participants == null ? List.of()
				: participants.stream().filter(party -> !party.isBlank()).toList();
		return step.submit(model, "forum", sent, () -> {
			String name = form.required("name", 300);
			LocalDate establishedOn = form.date("establishedOn", false);
			String classification = form.required("classification", 100);
			form.requireReadable();
			Forum forum = dialogue.establish(name, establishedOn, chosen, classification);
			feedback.done(redirect, "forums.established", forum.name());
			return "redirect:/forums/" + forum.id();
		}, () -> {
			model.addAttribute("chosen", chosen);
			return list(model, locale);
		});
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("self", "/forums/" + id);
		ForumViews.ForumView view = views.view(id);
		PartyNames names = new PartyNames(parties, locale);
		model.addAttribute("view", view);
		model.addAttribute("names", names);
		model.addAttribute("participants",
				view.forum().participants().stream().map(code -> Map.entry(code, names.of(code))).toList());
		model.addAttribute("outcomes", new MeetingProposal.Status[] { MeetingProposal.Status.ACCEPTED,
				MeetingProposal.Status.DECLINED, MeetingProposal.Status.LAPSED });
		return "forum";
	}

	@PostMapping("/{id}/meetings")
	String meet(@PathVariable UUID id, @RequestParam Map<String, String> sent, Model model, Locale locale,
			RedirectAttributes redirect) {
		PageForm form = new PageForm(sent);
		return step.submit(model, "meeting", sent, () -> {
			LocalDate heldOn = form.date("heldOn", true);
			String level = form.required("level", 100);
			String topics = form.lines("topics", 2000, true);
			String classification = form.required("classification", 100);
			form.requireReadable();
			dialogue.meet(id, heldOn, level, topics, classification);
			feedback.done(redirect, "forums.met", heldOn.toString());
			return "redirect:/forums/" + id;
		}, () -> show(id, model, locale));
	}

	@PostMapping("/{id}/proposals")
	String propose(@PathVariable UUID id, @RequestParam Map<String, String> sent, Model model, Locale locale,
			RedirectAttributes redirect) {
		PageForm form = new PageForm(sent);
		return step.submit(model, "proposal", sent, () -> {
			String proposedBy = form.required("proposedBy");
			LocalDate proposedOn = form.date("proposedOn", true);
			String awaiting = form.required("awaiting");
			String topics = form.lines("topics", 2000, true);
			String classification = form.required("classification", 100);
			form.requireReadable();
			dialogue.propose(id, proposedBy, proposedOn, awaiting, topics, classification);
			feedback.done(redirect, "forums.proposed", proposedOn.toString());
			return "redirect:/forums/" + id;
		}, () -> show(id, model, locale));
	}

	@PostMapping("/{id}/proposals/{proposalId}/answer")
	String answer(@PathVariable UUID id, @PathVariable UUID proposalId, @RequestParam Map<String, String> sent,
			Model model, Locale locale, RedirectAttributes redirect) {
		PageForm form = new PageForm(sent);
		return step.submit(model, "answer-" + proposalId, sent, () -> {
			MeetingProposal.Status status = form.choice("status", MeetingProposal.Status.class);
			LocalDate on = form.date("on", true);
			form.requireReadable();
			dialogue.answer(id, proposalId, status, on);
			feedback.done(redirect, "forums.answer.recorded", on.toString());
			return "redirect:/forums/" + id;
		}, () -> show(id, model, locale));
	}
}
