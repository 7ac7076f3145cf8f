package org.credence.registry.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.registry.StaffCategory;
import org.credence.registry.accreditation.AccreditationManagement;
import org.credence.registry.person.Persons;

/**
 * The notification of an arrival: a tab of the mission's pages, offered only while the mission can
 * receive arrivals, and reached from a person's page with that person chosen.
 */
@Controller
@BlankIsAbsent
class ArrivalPages {

	/** The persons offered at once; past them, the field above the form finds a person by a part of their name. */
	private static final int PERSON_CHOICES = 500;

	private final MissionHead head;

	private final Persons persons;

	private final AccreditationManagement accreditations;

	private final Feedback feedback;

	private final FormStep step;

	ArrivalPages(MissionHead head, Persons persons, AccreditationManagement accreditations, Feedback feedback,
			FormStep step) {
		this.head = head;
		this.persons = persons;
		this.accreditations = accreditations;
		this.feedback = feedback;
		this.step = step;
	}

	@GetMapping("/missions/{id}/arrivals")
	String form(@PathVariable UUID id, @RequestParam(required = false) UUID person,
			@RequestParam(required = false) String find, Model model, Locale locale) {
		if (!model.containsAttribute("arrival")) {
			ArrivalForm form = new ArrivalForm();
			form.setPersonId(person == null ? null : persons.get(person).id());
			model.addAttribute("arrival", form);
		}
		head.fill(model, id, "arrivals", locale);
		String text = find == null || find.isBlank() ? null : find.strip();
		model.addAttribute("find", text);
		ArrivalForm arrival = (ArrivalForm) model.getAttribute("arrival");
		model.addAttribute("persons", persons.choices(text, arrival == null ? null : arrival.getPersonId(), PERSON_CHOICES));
		// A member of a household arrives with their principal, from the principal's household page.
		model.addAttribute("categories", Arrays.stream(StaffCategory.values())
			.filter(category -> category != StaffCategory.FAMILY_MEMBER)
			.toList());
		return "mission-arrival";
	}

	@PostMapping("/missions/{id}/arrivals")
	String notifyArrival(@PathVariable UUID id, @Valid @ModelAttribute("arrival") ArrivalForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "arrival", result, () -> {
			accreditations.notifyArrival(id, form.getPersonId(), form.getCategory(), form.getTitle(),
					form.getFunction(), form.getArrivalDate());
			feedback.done(redirect, "flash.arrival-notified", form.getArrivalDate());
			return "redirect:/missions/" + id + "/requests";
		}, () -> form(id, null, null, model, locale));
	}

	/** From a person's page: the arrival form of the mission chosen there, with the person chosen. */
	@GetMapping("/persons/{id}/arrival")
	String forPerson(@PathVariable UUID id, @RequestParam(required = false) UUID mission, RedirectAttributes redirect) {
		UUID person = persons.get(id).id();
		if (mission == null) {
			feedback.done(redirect, "arrival.chooseMission.missing");
			return "redirect:/persons/" + person;
		}
		return "redirect:/missions/" + mission + "/arrivals?person=" + person;
	}
}
