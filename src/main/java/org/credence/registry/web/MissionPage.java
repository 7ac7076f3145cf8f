package org.credence.registry.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.problem.ProblemException;
import org.credence.registry.accreditation.AccreditationManagement;
import org.credence.registry.mission.MissionManagement;

/** One mission, and the forms that set its ceiling, change its status and notify arrivals. */
@Controller
@RequestMapping("/missions/{id}")
class MissionPage {

	private final MissionPageModel page;

	private final MissionManagement missions;

	private final AccreditationManagement accreditations;

	private final Feedback feedback;

	MissionPage(MissionPageModel page, MissionManagement missions, AccreditationManagement accreditations,
			Feedback feedback) {
		this.page = page;
		this.missions = missions;
		this.accreditations = accreditations;
		this.feedback = feedback;
	}

	@GetMapping
	String show(@PathVariable UUID id, @RequestParam(required = false) String asOf, Model model, Locale locale) {
		return page.show(model, id, asOf, locale);
	}

	@PostMapping("/ceilings")
	String setCeiling(@PathVariable UUID id, @Valid @ModelAttribute("ceiling") CeilingForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		return decide(id, "ceiling", result, model, locale, redirect, () -> {
			missions.setCeiling(id, form.getEffectiveOn(), form.getTotal(), Map.of(), form.getReason());
			feedback.done(redirect, "flash.ceiling-set", form.getTotal(), form.getEffectiveOn().toString());
		});
	}

	@PostMapping("/status")
	String changeStatus(@PathVariable UUID id, @Valid @ModelAttribute("statusChange") StatusForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		return decide(id, "statusChange", result, model, locale, redirect, () -> {
			missions.changeStatus(id, form.getStatus(), form.getEffectiveOn(), form.getReason());
			feedback.done(redirect, "flash.status-changed", form.getEffectiveOn().toString());
		});
	}

	@PostMapping("/arrivals")
	String notifyArrival(@PathVariable UUID id, @Valid @ModelAttribute("arrival") ArrivalForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		return decide(id, "arrival", result, model, locale, redirect, () -> {
			accreditations.notifyArrival(id, form.getPersonId(), form.getCategory(), form.getTitle(),
					form.getFunction(), form.getArrivalDate());
			feedback.done(redirect, "flash.arrival-notified", form.getArrivalDate().toString());
		});
	}

	/** Calls the service if the form is valid: then back to the page (POST-redirect-GET), else the page again with why. */
	private String decide(UUID id, String form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect, Runnable change) {
		if (result.hasErrors()) {
			feedback.invalid(model, form, result);
			return page.show(model, id, null, locale);
		}
		try {
			change.run();
			return "redirect:/missions/" + id;
		}
		catch (ProblemException e) {
			feedback.refused(model, form, result, e);
			return page.show(model, id, null, locale);
		}
	}
}
