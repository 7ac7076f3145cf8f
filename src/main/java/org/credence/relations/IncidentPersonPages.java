package org.credence.relations;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.pages.PageForm;
import org.credence.registry.Registry;
import org.credence.registry.person.Person;

/**
 * Linking a person found on the incident page; refused, the incident page again with why, and
 * with the search that found the person.
 */
@Controller
class IncidentPersonPages {

	private final IncidentPersons linking;

	private final IncidentPages pages;

	private final Registry registry;

	private final Feedback feedback;

	private final FormStep step;

	IncidentPersonPages(IncidentPersons linking, IncidentPages pages, Registry registry, Feedback feedback,
			FormStep step) {
		this.linking = linking;
		this.pages = pages;
		this.registry = registry;
		this.feedback = feedback;
		this.step = step;
	}

	@PostMapping("/incidents/{id}/persons")
	String link(@PathVariable UUID id, @RequestParam Map<String, String> sent, Model model, Locale locale,
			RedirectAttributes redirect) {
		PageForm form = new PageForm(sent);
		return step.submit(model, "link", sent, () -> {
			UUID person = form.id("personId");
			form.requireReadable();
			linking.link(id, person);
			feedback.done(redirect, "incident.person.linked",
					registry.findPerson(person).map(Person::nameLatin).orElse(String.valueOf(person)));
			return "redirect:/incidents/" + id;
		}, () -> pages.show(id, sent.get("personName"), model, locale));
	}
}
