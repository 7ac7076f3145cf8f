package org.credence.relations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.decisions.CitingDecisions;
import org.credence.host.States;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.pages.PageForm;
import org.credence.registry.Registry;

/**
 * The register of incidents as pages: the list with its filter and the form that records one, and
 * each incident with its sources and the form that cites another. What is shown is what the API
 * answers, read from the same services; what is refused is said next to the form, with the form as it was sent.
 */
@Controller
@RequestMapping("/incidents")
class IncidentPages {

	/** How many persons a search on the incident page offers to link: enough for a name, few enough to read. */
	private static final int CANDIDATES = 20;

	private final IncidentViews views;

	private final IncidentRecording recording;

	private final Incidents incidents;

	private final Parties parties;

	private final States states;

	private final Registry registry;

	private final Feedback feedback;

	private final FormStep step;

	private final CitingDecisions citing;

	IncidentPages(IncidentViews views, IncidentRecording recording, Incidents incidents, Parties parties,
			States states, Registry registry, Feedback feedback, FormStep step, CitingDecisions citing) {
		this.views = views;
		this.recording = recording;
		this.incidents = incidents;
		this.parties = parties;
		this.states = states;
		this.registry = registry;
		this.feedback = feedback;
		this.step = step;
		this.citing = citing;
	}

	@GetMapping
	String list(@RequestParam Map<String, String> filter, Model model, Locale locale) {
		return register(new PageForm(filter), model, locale);
	}

	@PostMapping
	String record(@RequestParam Map<String, String> sent, Model model, Locale locale, RedirectAttributes redirect) {
		PageForm form = new PageForm(sent);
		return step.submit(model, "incident", sent, () -> {
			Map<String, Integer> counts = new LinkedHashMap<>();
			IncidentRecording.CATEGORIES.forEach(category -> Optional.ofNullable(form.number("counts." + category))
				.ifPresent(number -> counts.put(category, number)));
			IncidentRecording.NewIncident incident = new IncidentRecording.NewIncident(null,
					form.choice("kind", IncidentKind.class), form.required("title", 300), form.required("acting"),
					form.required("affected"), form.date("occurredOn", true), form.date("deadlineToLeave", false),
					form.lines("grounds", 10000, false), form.id("answers"), form.required("classification", 100), counts, List.of());
			form.requireReadable();
			Incident recorded = recording.record(incident);
			feedback.done(redirect, "incidents.recorded", recorded.title());
			return "redirect:/incidents/" + recorded.id();
		}, () -> register(new PageForm(Map.of()), model, locale));
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
		model.addAttribute("citing", citing.of(id));
		model.addAttribute("persons", incident.persons().stream().flatMap(p -> registry.findPerson(p).stream()).toList());
		model.addAttribute("personName", personName);
		model.addAttribute("candidates", personName == null || personName.isBlank() ? null
				: registry.searchPersons(personName, CANDIDATES).stream().filter(p -> !incident.persons().contains(p.id())).toList());
		model.addAttribute("names", new PartyNames(parties, locale));
		model.addAttribute("stances", Citation.Stance.values());
		return "incident";
	}

	@PostMapping("/{id}/citations")
	String cite(@PathVariable UUID id, @RequestParam Map<String, String> sent, Model model, Locale locale,
			RedirectAttributes redirect) {
		PageForm form = new PageForm(sent);
		return step.submit(model, "citation", sent, () -> {
			Citation.Stance stance = form.choice("stance", Citation.Stance.class);
			String fact = form.text("fact", 500);
			String publisher = form.required("publisher", 200);
			String title = form.required("title", 500);
			LocalDate publishedOn = form.date("publishedOn", true);
			String address = form.text("address", 2000);
			form.requireReadable();
			Citation citation = recording.cite(id, fact, stance, publisher, publishedOn, title, address);
			feedback.done(redirect, "incidents.cited", citation.publisher());
			return "redirect:/incidents/" + id;
		}, () -> show(id, null, model, locale));
	}

	/** The list, filtered by a pair of parties and by dates; a filter that cannot be read is said on the page. */
	private String register(PageForm filter, Model model, Locale locale) {
		String between = filter.text("between");
		String and = filter.text("and");
		model.addAttribute("incidents", List.of());
		step.read(model, "filter", filter.values(), () -> {
			LocalDate from = filter.date("from", false);
			LocalDate to = filter.date("to", false);
			filter.requireReadable();
			model.addAttribute("incidents", views.list(between, and, from, to));
		});
		model.addAttribute("self", "/incidents");
		model.addAttribute("filter", filter.values());
		model.addAttribute("known", incidents.all(null, null, null, null));
		model.addAttribute("names", new PartyNames(parties, locale));
		model.addAttribute("parties", PartyNames.choices(states, parties, locale));
		model.addAttribute("kinds", IncidentKind.values());
		model.addAttribute("categories", IncidentRecording.CATEGORIES.stream().sorted().toList());
		return "incidents";
	}
}
