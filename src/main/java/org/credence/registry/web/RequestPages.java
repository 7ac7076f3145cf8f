package org.credence.registry.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.AccreditationManagement;
import org.credence.registry.accreditation.Accreditations;

/** A mission's pending requests, a tab of its pages, each approved or refused on its own row. */
@Controller
@BlankIsAbsent
class RequestPages {

	private final AccreditationManagement management;

	private final Accreditations accreditations;

	private final MissionHead head;

	private final MissionPageModel page;

	private final Feedback feedback;

	private final FormStep step;

	RequestPages(AccreditationManagement management, Accreditations accreditations, MissionHead head,
			MissionPageModel page, Feedback feedback, FormStep step) {
		this.management = management;
		this.accreditations = accreditations;
		this.head = head;
		this.page = page;
		this.feedback = feedback;
		this.step = step;
	}

	@GetMapping("/missions/{id}/requests")
	String requests(@PathVariable UUID id, Model model, Locale locale) {
		head.fill(model, id, "requests", locale);
		model.addAttribute("pending", page.positions(accreditations.pendingAt(id)));
		if (!model.containsAttribute("refusal")) {
			model.addAttribute("refusal", new RefusalForm());
		}
		return "mission-requests";
	}

	@PostMapping("/accreditations/{id}/approval")
	String approve(@PathVariable UUID id, Model model, Locale locale, RedirectAttributes redirect) {
		Accreditation request = accreditations.get(id);
		String form = "request-" + id;
		return step.submit(model, form, new MapBindingResult(new HashMap<>(), form), () -> {
			management.approve(id, null, null, null);
			feedback.done(redirect, "flash.approved", request.title());
			return "redirect:/missions/" + request.missionId() + "/requests";
		}, () -> requests(request.missionId(), model, locale));
	}

	@PostMapping("/accreditations/{id}/refusal")
	String refuse(@PathVariable UUID id, @Valid @ModelAttribute("refusal") RefusalForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		Accreditation request = accreditations.get(id);
		model.addAttribute("refused", id);
		return step.submit(model, "refusal-" + id, result, () -> {
			management.refuse(id, form.getReason());
			feedback.done(redirect, "flash.refused", request.title());
			return "redirect:/missions/" + request.missionId() + "/requests";
		}, () -> requests(request.missionId(), model, locale));
	}
}
