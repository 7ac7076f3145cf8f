package org.credence.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.credence.decisions.CitingDecisions;
import org.credence.decisions.DecisionTitles;
import org.credence.host.States;
import org.credence.pages.BlankIsAbsent;
import org.credence.pages.FormStep;
import org.credence.registry.Registry;

/**
 * The register of incidents as pages: the list with its filter and the form that records one, and
 * each incident with its sources, its persons and the forms that add to them ({@link IncidentPageForms}
 * takes the forms). What is shown is what the API answers, read from the same services.
 */
@Controller
@BlankIsAbsent
@RequestMapping("/incidents")
class IncidentPages {

	/** How many persons a search on the incident page offers to link: enough for a name, few enough to read. */
	private static final int CANDIDATES = 20;

	private final IncidentViews views;

	private final Incidents incidents;

	private final Parties parties;

	private final States states;

	private final Registry registry;

	private final FormStep step;

	private final CitingDecisions citing;

	private final DecisionTitles decisionTitles;

	private final IncidentTitles titles;

	IncidentPages(IncidentViews views, Incidents incidents, Parties parties, States states, Registry registry,
			FormStep step, CitingDecisions citing, DecisionTitles decisionTitles, IncidentTitles titles) {
		this.titles = titles;
		this.decisionTitles = decisionTitles;
		this.views = views;
		this.incidents = incidents;
		this.parties = parties;
		this.states = states;
		this.registry = registry;
		this.step = step;
		this.citing = citing;
	}

	@GetMapping
	String list(@ModelAttribute("filter") RegisterFilter filter, BindingResult result, Model model, Locale locale) {
		model.addAttribute("incidents", List.of());
		step.read(model, "filter", result, () -> model.addAttribute("incidents", listed(filter)));
		return register(model, locale);
	}

	/** The incident; with {@code personName}, also the persons of that name who may be linked to it. */
	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) String personName, Model model, Locale locale) {
		IncidentViews.IncidentDetail detail = views.detail(id);
		IncidentViews.IncidentView incident = detail.incident();
		model.addAttribute("self", "/incidents/" + id);
		model.addAttribute("detail", detail);
		model.addAttribute("answered", Optional.ofNullable(incident.answers()).flatMap(incidents::find).orElse(null));
		model.addAttribute("answeredBy", incident.answeredBy().stream().flatMap(a -> incidents.find(a).stream()).toList());
		List<CitingDecisions.Citing> citingDecisions = citing.of(id);
		model.addAttribute("citing", citingDecisions);
		// Decisions by their reference, in the reader's language: those citing the incident, and the one it was recorded from.
		List<UUID> decisions = new ArrayList<>(citingDecisions.stream().map(CitingDecisions.Citing::decision).toList());
		Optional.ofNullable(incident.decision()).ifPresent(decisions::add);
		Map<UUID, String> decisionNames = decisionTitles.references(decisions, locale);
		model.addAttribute("decisionNames", decisionNames);
		model.addAttribute("shownTitle", titles.of(List.of(IncidentTitles.of(incident)), locale).get(id));
		model.addAttribute("persons", incident.persons().stream().flatMap(p -> registry.findPerson(p).stream()).toList());
		model.addAttribute("personName", personName);
		model.addAttribute("candidates", personName == null || personName.isBlank() ? null
				: registry.searchPersons(personName, CANDIDATES).stream().filter(p -> !incident.persons().contains(p.id())).toList());
		model.addAttribute("names", new PartyNames(parties, locale));
		model.addAttribute("stances", Citation.Stance.values());
		model.mergeAttributes(Map.of("citation", new CitationForm(), "link", new PersonLinkForm()));
		return "incident";
	}

	private List<IncidentViews.IncidentView> listed(RegisterFilter filter) {
		return views.list(filter.getBetween(), filter.getAnd(), filter.getFrom(), filter.getTo());
	}

	/**
	 * The list with its filter and the form that records an incident, each as typed if it was refused;
	 * without a filter, every incident.
	 */
	String register(Model model, Locale locale) {
		if (!model.containsAttribute("incidents")) {
			model.addAttribute("incidents", listed(new RegisterFilter()));
		}
		model.mergeAttributes(Map.of("filter", new RegisterFilter(), "incident", new IncidentForm()));
		@SuppressWarnings("unchecked")
		List<IncidentViews.IncidentView> shown = (List<IncidentViews.IncidentView>) model.getAttribute("incidents");
		model.addAttribute("titles", titles.of(shown.stream().map(IncidentTitles::of).toList(), locale));
		model.addAttribute("self", "/incidents");
		model.addAttribute("known", incidents.all(null, null, null, null));
		model.addAttribute("names", new PartyNames(parties, locale));
		model.addAttribute("parties", PartyNames.choices(states, parties, locale));
		model.addAttribute("kinds", IncidentKind.values());
		model.addAttribute("categories", IncidentRecording.CATEGORIES.stream().sorted().toList());
		return "incidents";
	}
}
