package org.credence.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import org.credence.host.States;
import org.credence.pages.BlankIsAbsent;
import org.credence.pages.FormStep;

/**
 * The views of the register as pages: the tit-for-tat between two parties, and the counts by year,
 * acting and affected party as tables and as bar charts drawn on the server.
 */
@Controller
@BlankIsAbsent
@RequestMapping("/relations")
class RelationsPages {

	private final TitForTat register;

	private final Incidents incidents;

	private final Parties parties;

	private final States states;

	private final FormStep step;

	private final IncidentTitles titles;

	RelationsPages(TitForTat register, Incidents incidents, Parties parties, States states, FormStep step,
			IncidentTitles titles) {
		this.titles = titles;
		this.register = register;
		this.incidents = incidents;
		this.parties = parties;
		this.states = states;
		this.step = step;
	}

	@GetMapping
	String counts(@ModelAttribute("filter") RegisterFilter filter, BindingResult result, Model model, Locale locale) {
		PartyNames names = new PartyNames(parties, locale);
		step.read(model, "period", result, () -> {
			TitForTat.Counts counts = register.counts(filter.getFrom(), filter.getTo());
			model.addAttribute("counts", counts);
			model.addAttribute("byYear", CountsChart.of(counts.byYear(), year -> year));
			model.addAttribute("byActing", CountsChart.of(counts.byActing(), names::of));
			model.addAttribute("byAffected", CountsChart.of(counts.byAffected(), names::of));
		});
		model.addAttribute("names", names);
		return "relations";
	}

	/** The timeline once a party is chosen; which two parties it is between is the register's to check. */
	@GetMapping("/timeline")
	String timeline(@ModelAttribute("filter") RegisterFilter filter, BindingResult result, Model model,
			Locale locale) {
		step.read(model, "timeline", result, () -> {
			if (filter.getBetween() != null || filter.getAnd() != null) {
				TitForTat.Timeline timeline = register.timeline(Objects.toString(filter.getBetween(), ""),
						Objects.toString(filter.getAnd(), ""), filter.getFrom(), filter.getTo());
				model.addAttribute("timeline", timeline);
				model.addAttribute("titles", titles(timeline, locale));
			}
		});
		model.addAttribute("names", new PartyNames(parties, locale));
		model.addAttribute("parties", PartyNames.choices(states, parties, locale));
		return "timeline";
	}

	/** The title of every incident a step answered, including those before the period shown. */
	private Map<UUID, String> titles(TitForTat.Timeline timeline, Locale locale) {
		List<IncidentTitles.Titled> titled = new ArrayList<>(timeline.incidents().stream().map(IncidentTitles::of).toList());
		Set<UUID> shown = timeline.incidents().stream().map(IncidentViews.IncidentView::id).collect(Collectors.toSet());
		timeline.incidents().stream().map(IncidentViews.IncidentView::answers).filter(a -> a != null && !shown.contains(a))
			.distinct().forEach(a -> incidents.find(a).map(IncidentTitles::of).ifPresent(titled::add));
		return titles.of(titled, locale);
	}
}
