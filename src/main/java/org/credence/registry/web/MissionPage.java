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

import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.registry.accreditation.AccreditationManagement;
import org.credence.registry.mission.MissionManagement;

/** One mission, and the forms that set its ceiling, change its status and notify arrivals. */
@Controller
@BlankIsAbsent
@RequestMapping("/missions/{id}")
class MissionPage {

	private final MissionPageModel page;

	private final MissionManagement missions;

	private final AccreditationManagement accreditations;

	private final Feedback feedback;

	private final FormStep step;

	MissionPage(MissionPageModel page, MissionManagement missions, AccreditationManagement accreditations,
			Feedback feedback, FormStep step) {
		this.page = page;
		this.missions = missions;
		this.accreditations = accreditations;
		this.feedback = feedback;
		this.step = step;
	}

	@GetMapping
	String show(@PathVariable UUID id, @RequestParam(required = false) String asOf, Model model, Locale locale) {
		return page.show(model, id, asOf, locale);
	}

	@PostMapping("/ceilings")
	String setCeiling(@PathVariable UUID id, @Valid @ModelAttribute("ceiling") CeilingForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "ceiling", result, () -> {
			missions.setCeiling(id, form.getEffectiveOn(), form.getTotal(), Map.of(), form.getReason());
			feedback.done(redirect, "flash.ceiling-set", form.getTotal(), form.getEffectiveOn());
			return "redirect:/missions/" + id;
		}, () -> page.show(model, id, null, locale));
	}

	@PostMapping("/status")
	String changeStatus(@PathVariable UUID id, @Valid @ModelAttribute("statusChange") StatusForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "statusChange", result, () -> {
			missions.changeStatus(id, form.getStatus(), form.getEffectiveOn(), form.getReason());
			feedback.done(redirect, "flash.status-changed", form.getEffectiveOn());
			return "redirect:/missions/" + id;
		}, () -> page.show(model, id, null, locale));
	}

	@PostMapping("/arrivals")
	String notifyArrival(@PathVariable UUID id, @Valid @ModelAttribute("arrival") ArrivalForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "arrival", result, () -> {
			accreditations.notifyArrival(id, form.getPersonId(), form.getCategory(), form.getTitle(),
					form.getFunction(), form.getArrivalDate());
			feedback.done(redirect, "flash.arrival-notified", form.getArrivalDate());
			return "redirect:/missions/" + id;
		}, () -> page.show(model, id, null, locale));
	}
}
