package org.credence.registry.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.AccreditationManagement;
import org.credence.registry.accreditation.Accreditations;

/** Approving or refusing a pending request, from the mission page it is listed on. */
@Controller
@BlankIsAbsent
@RequestMapping("/accreditations/{id}")
class RequestPages {

	private final AccreditationManagement management;

	private final Accreditations accreditations;

	private final MissionPageModel page;

	private final Feedback feedback;

	private final FormStep step;

	RequestPages(AccreditationManagement management, Accreditations accreditations, MissionPageModel page,
			Feedback feedback, FormStep step) {
		this.management = management;
		this.accreditations = accreditations;
		this.page = page;
		this.feedback = feedback;
		this.step = step;
	}

	@PostMapping("/approval")
	String approve(@PathVariable UUID id, Model model, Locale locale, RedirectAttributes redirect) {
		Accreditation request = accreditations.get(id);
		String form = "request-" + id;
		return step.submit(model, form, new MapBindingResult(new HashMap<>(), form), () -> {
			management.approve(id, null, null, null);
			feedback.done(redirect, "flash.approved", request.title());
			return "redirect:/missions/" + request.missionId();
		}, () -> page.show(model, request.missionId(), null, locale));
	}

	@PostMapping("/refusal")
	String refuse(@PathVariable UUID id, @Valid @ModelAttribute("refusal") RefusalForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		Accreditation request = accreditations.get(id);
		model.addAttribute("refused", id);
		return step.submit(model, "refusal-" + id, result, () -> {
			management.refuse(id, form.getReason());
			feedback.done(redirect, "flash.refused", request.title());
			return "redirect:/missions/" + request.missionId();
		}, () -> page.show(model, request.missionId(), null, locale));
	}
}
