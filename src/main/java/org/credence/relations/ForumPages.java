package org.credence.relations;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import org.credence.host.States;

/**
 * The forums of dialogue as pages: the list with the form that establishes one; each with its
 * meetings, the last one first, the proposals for a meeting with whose answer is awaited and for how
 * long, and the forms that record a meeting, a proposal and its answer ({@link ForumPageForms} takes
 * the forms).
 */
@Controller
@RequestMapping("/forums")
class ForumPages {

	private static final List<MeetingProposal.Status> OUTCOMES = List.of(MeetingProposal.Status.ACCEPTED,
			MeetingProposal.Status.DECLINED, MeetingProposal.Status.LAPSED);

	private final ForumViews views;

	private final Parties parties;

	private final States states;

	ForumPages(ForumViews views, Parties parties, States states) {
		this.views = views;
		this.parties = parties;
		this.states = states;
	}

	@GetMapping
	String list(Model model, Locale locale) {
		model.mergeAttributes(Map.of("forum", new ForumForm()));
		model.addAttribute("forums", views.all());
		model.addAttribute("names", new PartyNames(parties, locale));
		model.addAttribute("parties", PartyNames.choices(states, parties, locale));
		return "forums";
	}

	/** The forum, each of its forms as typed if it was refused; the answer forms of the other proposals empty. */
	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("self", "/forums/" + id);
		ForumViews.ForumView view = views.view(id);
		PartyNames names = new PartyNames(parties, locale);
		model.addAttribute("view", view);
		model.addAttribute("names", names);
		model.addAttribute("participants",
				view.forum().participants().stream().map(code -> Map.entry(code, names.of(code))).toList());
		model.addAttribute("outcomes", OUTCOMES);
		model.addAttribute("unanswered", new ProposalAnswerForm());
		model.mergeAttributes(Map.of("meeting", new MeetingForm(), "proposal", new ProposalForm()));
		return "forum";
	}
}
