package org.credence.registry.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.registry.mission.MissionManagement;

/** The form on the mission's summary that replaces its contact details, which the diplomatic list publishes. */
@Controller
@BlankIsAbsent
class ContactPage {

	private final MissionPageModel page;

	private final MissionManagement management;

	private final FormStep step;

	private final Feedback feedback;

	ContactPage(MissionPageModel page, MissionManagement management, FormStep step, Feedback feedback) {
		this.page = page;
		this.management = management;
		this.step = step;
		this.feedback = feedback;
	}

	@PostMapping("/missions/{id}/contact")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("contact") ContactForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "contact", result, () -> {
			management.setContact(id, form.contact());
			feedback.done(redirect, "flash.contact-changed");
			return "redirect:/missions/" + id + "#contact-heading";
		}, () -> page.summary(model, id, locale));
	}
}
