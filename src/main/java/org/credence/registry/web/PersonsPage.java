package org.credence.registry.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.StateNames;
import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.registry.person.Person;
import org.credence.registry.person.PersonRegistration;
import org.credence.registry.person.Persons;
import org.credence.registry.person.Sex;

/** Finding persons by any of their names, and registering one. */
@Controller
@BlankIsAbsent
@RequestMapping("/persons")
class PersonsPage {

	private static final int SHOWN = 200;

	private final Persons persons;

	private final PersonRegistration registration;

	private final StateNames states;

	private final Feedback feedback;

	private final FormStep step;

	PersonsPage(Persons persons, PersonRegistration registration, StateNames states, Feedback feedback,
			FormStep step) {
		this.persons = persons;
		this.registration = registration;
		this.states = states;
		this.feedback = feedback;
		this.step = step;
	}

	@GetMapping
	String search(@RequestParam(required = false) String q, Model model, Locale locale) {
		return page(model, q, new PersonForm(), locale);
	}

	@PostMapping
	String register(@Valid @ModelAttribute("person") PersonForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "person", result, () -> {
			Person person = registration.register(form.getNameNative(), form.getNameLatin(), form.otherNameList(),
					form.getBirthDate(), form.getNationality(), form.getSex());
			feedback.done(redirect, "flash.person-registered", person.nameLatin());
			return "redirect:/persons/" + person.id();
		}, () -> page(model, null, form, locale));
	}

	private String page(Model model, String q, PersonForm form, Locale locale) {
		model.addAttribute("self", "/persons");
		model.addAttribute("q", q);
		model.addAttribute("persons", persons.search(q, SHOWN));
		model.addAttribute("person", form);
		model.addAttribute("states", states.options(locale));
		model.addAttribute("sexes", Sex.values());
		return "persons";
	}
}
