package org.credence.registry.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.StateNames;
import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.pages.Paged;
import org.credence.registry.mission.Mission;
import org.credence.registry.mission.Missions;
import org.credence.registry.person.Person;
import org.credence.registry.person.PersonRegistration;
import org.credence.registry.person.Persons;
import org.credence.registry.person.Sex;

/** Finding persons by any of their names and by mission, page by page, and registering one. */
@Controller
@BlankIsAbsent
@RequestMapping("/persons")
class PersonsPage {

	/** The most a search reads, then shown page by page: more than anyone pages through. */
	private static final int FOUND = 5000;

	private final Persons persons;

	private final PersonRegistration registration;

	private final Missions missions;

	private final StateNames states;

	private final Feedback feedback;

	private final FormStep step;

	PersonsPage(Persons persons, PersonRegistration registration, Missions missions, StateNames states,
			Feedback feedback, FormStep step) {
		this.missions = missions;
		this.persons = persons;
		this.registration = registration;
		this.states = states;
		this.feedback = feedback;
		this.step = step;
	}

	@GetMapping
	String search(@ModelAttribute("filter") PersonFilter filter, BindingResult result, HttpServletRequest request,
			Model model, Locale locale) {
		if (result.hasErrors()) {
			feedback.invalid(model, "search", result);
		}
		return page(model, filter, request, new PersonForm(), locale);
	}

	@PostMapping
	String register(@Valid @ModelAttribute("person") PersonForm form, BindingResult result, Model model,
			HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "person", result, () -> {
			Person person = registration.register(form.getNameNative(), form.getNameLatin(), form.otherNameList(),
					form.getBirthDate(), form.getNationality(), form.getSex());
			feedback.done(redirect, "flash.person-registered", person.nameLatin());
			return "redirect:/persons/" + person.id();
		}, () -> page(model, new PersonFilter(), request, form, locale));
	}

	private String page(Model model, PersonFilter filter, HttpServletRequest request, PersonForm form, Locale locale) {
		model.addAttribute("self", "/persons");
		if (!model.containsAttribute("filter")) {
			model.addAttribute("filter", filter);
		}
		model.addAttribute("q", filter.getQ());
		model.addAttribute("missionChoices", missions.all().stream()
			.collect(Collectors.toMap(Mission::id, Mission::name, (a, b) -> a, LinkedHashMap::new)).entrySet());
		model.addAttribute("persons", Paged.of(persons.search(filter.getQ(), filter.getMission(), FOUND),
				filter.getPage(), request));
		model.addAttribute("person", form);
		model.addAttribute("states", states.options(locale));
		model.addAttribute("sexes", Sex.values());
		return "persons";
	}
}
