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
import org.credence.pages.FormStep;
import org.credence.pages.PageForm;

/**
 * The views of the register as pages: the tit-for-tat between two parties, and the counts by year,
 * acting and affected party as tables and as bar charts drawn on the server.
 */
@Controller
@RequestMapping("/relations")
class RelationsPages {

	private final TitForTat register;

	private final Incidents incidents;

	private final Parties parties;

	private final States states;

	private final FormStep step;

	RelationsPages(TitForTat register, Incidents incidents, Parties parties, States states, FormStep step) {
		this.register = register;
		this.incidents = incidents;
		this.parties = parties;
		this.states = states;
		this.step = step;
	}

	@GetMapping
	String counts(@RequestParam Map<String, String> filter, Model model, Locale locale) {
		PageForm form = new PageForm(filter);
		PartyNames names = new PartyNames(parties, locale);
		step.read(model, "period", filter, () -> {
			LocalDate from = form.date("from", false);
			LocalDate to = form.date("to", false);
			form.requireReadable();
			TitForTat.Counts counts = register.counts(from, to);
			model.addAttribute("counts", counts);
			model.addAttribute("byYear", CountsChart.of(counts.byYear(), year -> year));
			model.addAttribute("byActing", CountsChart.of(counts.byActing(), names::of));
			model.addAttribute("byAffected", CountsChart.of(counts.byAffected(), names::of));
		});
		model.addAttribute("filter", filter);
		model.addAttribute("names", names);
		return "relations";
	}

	@GetMapping("/timeline")
	String timeline(@RequestParam Map<String, String> filter, Model model, Locale locale) {
		PageForm form = new PageForm(filter);
		String between = form.text("between");
		String and = form.text("and");
		step.read(model, "timeline", filter, () -> {
			LocalDate from = form.date("from", false);
			LocalDate to = form.date("to", false);
			form.requireReadable();
			if (between != null || and != null) {
				TitForTat.Timeline timeline = register.timeline(Objects.toString(between, ""), Objects.toString(and, ""),
						from, to);
				model.addAttribute("timeline", timeline);
				model.addAttribute("titles", titles(timeline));
			}
		});
		model.addAttribute("filter", filter);
		model.addAttribute("names", new PartyNames(parties, locale));
		model.addAttribute("parties", PartyNames.choices(states, parties, locale));
		return "timeline";
	}

	/** The title of every incident a step answered, including those before the period shown. */
	private Map<UUID, String> titles(TitForTat.Timeline timeline) {
		Map<UUID, String> titles = new LinkedHashMap<>();
		timeline.incidents().forEach(i -> titles.put(i.id(), i.title()));
		List<UUID> earlier = timeline.incidents().stream().map(IncidentViews.IncidentView::answers)
			.filter(a -> a != null && !titles.containsKey(a)).toList();
		earlier.forEach(a -> incidents.find(a).ifPresent(i -> titles.put(i.id(), i.title())));
		return titles;
	}
}
