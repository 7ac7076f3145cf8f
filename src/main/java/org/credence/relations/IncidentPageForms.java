package org.credence.relations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import org.credence.registry.Registry;
import org.credence.registry.person.Person;

/**
 * The forms of the incidents' pages: an incident recorded; on its page, a source cited and a person
 * found there linked. Refused, the same page again with why, the form as it was typed and the
 * search that found the person.
 */
@Controller
@BlankIsAbsent
@RequestMapping("/incidents")
class IncidentPageForms {

	private final IncidentRecording recording;

	private final IncidentPersons linking;

	private final IncidentPages pages;

	private final Registry registry;

	private final Feedback feedback;

	private final FormStep step;

	IncidentPageForms(IncidentRecording recording, IncidentPersons linking, IncidentPages pages, Registry registry,
			Feedback feedback, FormStep step) {
		this.recording = recording;
		this.linking = linking;
		this.pages = pages;
		this.registry = registry;
		this.feedback = feedback;
		this.step = step;
	}

	@PostMapping
	String record(@Valid @ModelAttribute("incident") IncidentForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "incident", result, () -> {
			Incident recorded = recording.record(incident(form));
			feedback.done(redirect, "incidents.recorded", recorded.title());
			return "redirect:/incidents/" + recorded.id();
		}, () -> pages.register(model, locale));
	}

	@PostMapping("/{id}/citations")
	String cite(@PathVariable UUID id, @Valid @ModelAttribute("citation") CitationForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "citation", result, () -> {
			Citation citation = recording.cite(id, form.getFact(), form.getStance(), form.getPublisher(),
					form.getPublishedOn(), form.getTitle(), form.getAddress());
			feedback.done(redirect, "incidents.cited", citation.publisher());
			return "redirect:/incidents/" + id;
		}, () -> pages.show(id, null, model, locale));
	}

	@PostMapping("/{id}/persons")
	String link(@PathVariable UUID id, @Valid @ModelAttribute("link") PersonLinkForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "link", result, () -> {
			linking.link(id, form.getPersonId());
			feedback.done(redirect, "incident.person.linked",
					registry.findPerson(form.getPersonId()).map(Person::nameLatin).orElse(String.valueOf(form.getPersonId())));
			return "redirect:/incidents/" + id;
		}, () -> pages.show(id, form.getPersonName(), model, locale));
	}

	/** The incident as typed; a category left empty is not known. Persons are linked on its page. */
	private static IncidentRecording.NewIncident incident(IncidentForm form) {
		Map<String, Integer> counts = new LinkedHashMap<>(form.getCounts());
		counts.values().removeIf(Objects::isNull);
		return new IncidentRecording.NewIncident(null, form.getKind(), form.getTitle(), form.getActing(),
				form.getAffected(), form.getOccurredOn(), form.getDeadlineToLeave(), form.getGrounds(), form.getAnswers(),
				form.getClassification(), counts, List.of());
	}
}
