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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.registry.MissionStatus;
import org.credence.registry.mission.Ceilings;
import org.credence.registry.mission.MissionManagement;
import org.credence.registry.mission.Missions;

/**
 * A mission's ceilings and status changes, and the forms that record one decided elsewhere (by a
 * council in session, or a suspension by the sending state): the registry's own measures are
 * proposed as decisions, on the decisions' page.
 */
@Controller
@BlankIsAbsent
@RequestMapping("/missions/{id}")
class MeasurePages {

	private final MissionHead head;

	private final Missions missions;

	private final Ceilings ceilings;

	private final MissionManagement management;

	private final Feedback feedback;

	private final FormStep step;

	MeasurePages(MissionHead head, Missions missions, Ceilings ceilings, MissionManagement management,
			Feedback feedback, FormStep step) {
		this.head = head;
		this.missions = missions;
		this.ceilings = ceilings;
		this.management = management;
		this.feedback = feedback;
		this.step = step;
	}

	@GetMapping("/measures")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		head.fill(model, id, "measures", locale);
		model.addAttribute("ceilings", ceilings.history(id));
		model.addAttribute("statuses", missions.statusHistory(id));
		model.addAttribute("statusChoices", MissionStatus.values());
		model.mergeAttributes(Map.of("ceiling", new CeilingForm(), "statusChange", new StatusForm()));
		return "mission-measures";
	}

	@PostMapping("/ceilings")
	String setCeiling(@PathVariable UUID id, @Valid @ModelAttribute("ceiling") CeilingForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "ceiling", result, () -> {
			management.setCeiling(id, form.getEffectiveOn(), form.getTotal(), Map.of(), form.getReason());
			feedback.done(redirect, "flash.ceiling-set", form.getTotal(), form.getEffectiveOn());
			return "redirect:/missions/" + id + "/measures";
		}, () -> show(id, model, locale));
	}

	@PostMapping("/status")
	String changeStatus(@PathVariable UUID id, @Valid @ModelAttribute("statusChange") StatusForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "statusChange", result, () -> {
			management.changeStatus(id, form.getStatus(), form.getEffectiveOn(), form.getReason());
			feedback.done(redirect, "flash.status-changed", form.getEffectiveOn());
			return "redirect:/missions/" + id + "/measures";
		}, () -> show(id, model, locale));
	}
}
