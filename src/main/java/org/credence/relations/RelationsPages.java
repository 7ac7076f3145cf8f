package org.credence.relations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.credence.host.States;
import org.credence.problem.ProblemException;

/**
 * The views of the register as pages: the tit-for-tat between two parties, and the counts by year,
 * acting and affected party as tables and as bar charts drawn on the server.
 */
@Controller
@RequestMapping("/relations")
class RelationsPages {

	private final RelationsController api;

	private final Incidents incidents;

	private final Parties parties;

	private final States states;

	private final RelationsFeedback feedback;

	RelationsPages(RelationsController api, Incidents incidents, Parties parties, States states,
			RelationsFeedback feedback) {
		this.api = api;
		this.incidents = incidents;
		this.parties = parties;
		this.states = states;
		this.feedback = feedback;
	}

	@GetMapping
	String counts(@RequestParam Map<String, String> filter, Model model, Locale locale) {
		PageForm form = new PageForm(filter);
		PartyNames names = new PartyNames(parties, locale);
		try {
			LocalDate from = form.date("from", false);
			LocalDate to = form.date("to", false);
			form.requireReadable();
			RelationsController.Counts counts = api.counts(from, to);
			model.addAttribute("counts", counts);
			model.addAttribute("byYear", CountsChart.of(counts.byYear(), year -> year));
			model.addAttribute("byActing", CountsChart.of(counts.byActing(), names::of));
			model.addAttribute("byAffected", CountsChart.of(counts.byAffected(), names::of));
		}
		catch (ProblemException e) {
			feedback.refused(model, "period", filter, e, locale);
		}
		model.addAttribute("filter", filter);
		model.addAttribute("names", names);
		return "relations";
	}

	@GetMapping("/timeline")
	String timeline(@RequestParam Map<String, String> filter, Model model, Locale locale) {
		PageForm form = new PageForm(filter);
		String between = form.text("between");
		String and = form.text("and");
		try {
			LocalDate from = form.date("from", false);
			LocalDate to = form.date("to", false);
			form.requireReadable();
			if (between != null || and != null) {
				RelationsController.Timeline timeline = api.timeline(Objects.toString(between, ""), Objects.toString(and, ""),
						from, to);
				model.addAttribute("timeline", timeline);
				model.addAttribute("titles", titles(timeline));
			}
		}
		catch (ProblemException e) {
			feedback.refused(model, "timeline", filter, e, locale);
		}
		model.addAttribute("filter", filter);
		model.addAttribute("names", new PartyNames(parties, locale));
		model.addAttribute("parties", PartyNames.choices(states, parties, locale));
		return "timeline";
	}

	/** The title of every incident a step answered, including those before the period shown. */
	private Map<UUID, String> titles(RelationsController.Timeline timeline) {
		Map<UUID, String> titles = new LinkedHashMap<>();
		timeline.incidents().forEach(i -> titles.put(i.id(), i.title()));
		List<UUID> earlier = timeline.incidents().stream().map(IncidentViews.IncidentView::answers)
			.filter(a -> a != null && !titles.containsKey(a)).toList();
		earlier.forEach(a -> incidents.find(a).ifPresent(i -> titles.put(i.id(), i.title())));
		return titles;
	}
}
