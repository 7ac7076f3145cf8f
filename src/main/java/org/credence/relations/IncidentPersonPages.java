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

import org.credence.problem.ProblemException;
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

	private final RelationsFeedback feedback;

	IncidentPersonPages(IncidentPersons linking, IncidentPages pages, Registry registry, RelationsFeedback feedback) {
		this.linking = linking;
		this.pages = pages;
		this.registry = registry;
		this.feedback = feedback;
	}

	@PostMapping("/incidents/{id}/persons")
	String link(@PathVariable UUID id, @RequestParam Map<String, String> sent, Model model, Locale locale,
			RedirectAttributes redirect) {
		PageForm form = new PageForm(sent);
		try {
			UUID person = form.id("personId");
			form.requireReadable();
			linking.link(id, person);
			feedback.done(redirect, "incident.person.linked",
					registry.findPerson(person).map(Person::nameLatin).orElse(String.valueOf(person)));
			return "redirect:/incidents/" + id;
		}
		catch (ProblemException e) {
			feedback.refused(model, "link", sent, e, locale);
			return pages.show(id, sent.get("personName"), model, locale);
		}
	}
}
