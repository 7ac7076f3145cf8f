package org.credence.screening;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.pages.StateNames;
import org.credence.registry.Registry;
import org.credence.registry.person.Person;
import org.credence.screening.lists.ListedEntries;

/**
 * A hit side by side: the person as the registry knows them, the list's entry as the list says it,
 * why they were found alike; and the security officer's decision, with its reason.
 */
@Controller
@BlankIsAbsent
class HitPages {

	private final HitReview review;

	private final Registry registry;

	private final ListedEntries entries;

	private final ReasonTexts reasons;

	private final StateNames states;

	private final Feedback feedback;

	private final FormStep step;

	HitPages(HitReview review, Registry registry, ListedEntries entries, ReasonTexts reasons, StateNames states,
			Feedback feedback, FormStep step) {
		this.review = review;
		this.registry = registry;
		this.entries = entries;
		this.reasons = reasons;
		this.states = states;
		this.feedback = feedback;
		this.step = step;
	}

	@GetMapping("/screening/hits/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		return page(id, model, new HitDecisionForm(), new HitDecisionForm(), locale);
	}

	@PostMapping("/screening/hits/{id}/clearance")
	String clear(@PathVariable UUID id, @Valid @ModelAttribute("clearance") HitDecisionForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "clearance", result, () -> {
			Hit cleared = review.clear(id, form.getReason());
			feedback.done(redirect, "flash.hit-cleared", cleared.entryName());
			return "redirect:/screening";
		}, () -> page(id, model, form, new HitDecisionForm(), locale));
	}

	@PostMapping("/screening/hits/{id}/confirmation")
	String confirm(@PathVariable UUID id, @Valid @ModelAttribute("confirmation") HitDecisionForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "confirmation", result, () -> {
			Hit confirmed = review.confirm(id, form.getReason());
			feedback.done(redirect, "flash.hit-confirmed", confirmed.entryName());
			return "redirect:/screening";
		}, () -> page(id, model, new HitDecisionForm(), form, locale));
	}

	private String page(UUID id, Model model, HitDecisionForm clearance, HitDecisionForm confirmation, Locale locale) {
		Hit hit = review.hit(id);
		Person person = hit.personId() == null ? null : registry.findPerson(hit.personId()).orElse(null);
		model.addAttribute("self", "/screening/hits/" + id);
		model.addAttribute("hit", hit);
		model.addAttribute("reasons", reasons.said(hit.reasons()));
		model.addAttribute("person", person);
		model.addAttribute("nationality", person == null ? null : states.name(person.nationality(), locale));
		if (RegistryNames.LIST.equals(hit.list())) {
			Person recorded = registry.findPerson(UUID.fromString(hit.entry())).orElse(null);
			model.addAttribute("recorded", recorded);
			model.addAttribute("recordedNationality", recorded == null ? null : states.name(recorded.nationality(), locale));
		}
		else {
			model.addAttribute("entry", entries.current(hit.list(), hit.entry()).orElse(null));
		}
		model.addAttribute("clearance", clearance);
		model.addAttribute("confirmation", confirmation);
		return "screening-hit";
	}
}
