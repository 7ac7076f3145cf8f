package org.credence.screening;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.credence.problem.ProblemException;
import org.credence.registry.Registry;
import org.credence.registry.person.Person;

/** The security officer's queue of open hits, and the manual check of a name. */
@Controller
@BlankIsAbsent
class ScreeningPages {

	private static final int SHOWN = 200;

	/** A hit with the name of the person it concerns, as the queue lists it. */
	record Row(Hit hit, Person person) {
	}

	/** A hit with its reasons said in the reader's language. */
	record Found(Hit hit, List<String> reasons) {
	}

	private final HitReview review;

	private final ManualChecks manual;

	private final Checks checks;

	private final Registry registry;

	private final ReasonTexts reasons;

	private final StateNames states;

	private final Feedback feedback;

	private final FormStep step;

	ScreeningPages(HitReview review, ManualChecks manual, Checks checks, Registry registry, ReasonTexts reasons,
			StateNames states, Feedback feedback, FormStep step) {
		this.review = review;
		this.manual = manual;
		this.checks = checks;
		this.registry = registry;
		this.reasons = reasons;
		this.states = states;
		this.feedback = feedback;
		this.step = step;
	}

	@GetMapping("/screening")
	String queue(Model model) {
		List<Hit> open = review.queue(SHOWN);
		Map<UUID, Person> persons = registry.findPersons(open.stream().map(Hit::personId).collect(Collectors.toSet()));
		model.addAttribute("rows", open.stream().map(hit -> new Row(hit, persons.get(hit.personId()))).toList());
		model.addAttribute("open", review.open());
		return "screening";
	}

	@GetMapping("/screening/checks")
	String checkForm(Model model, Locale locale) {
		return checkPage(model, new NameCheckForm(), null, locale);
	}

	@PostMapping("/screening/checks")
	String check(@Valid @ModelAttribute("check") NameCheckForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		return step.submit(model, "check", result, () -> {
			ManualChecks.Answer answer = manual.check(form.query(), null);
			feedback.done(redirect, "flash.name-checked", answer.hits().size());
			return "redirect:/screening/checks/" + answer.check();
		}, () -> checkPage(model, form, null, locale));
	}

	@GetMapping("/screening/checks/{id}")
	String checked(@PathVariable UUID id, Model model, Locale locale) {
		Check check = checks.check(id).filter(found -> found.personId() == null)
			.orElseThrow(() -> ProblemException.notFound("screening check", id));
		return checkPage(model, new NameCheckForm(), check, locale);
	}

	private String checkPage(Model model, NameCheckForm form, Check check, Locale locale) {
		model.addAttribute("self", "/screening/checks");
		model.addAttribute("check", form);
		model.addAttribute("states", states.options(locale));
		model.addAttribute("done", check);
		model.addAttribute("hits", check == null ? List.of()
				: checks.hitsOfCheck(check.id()).stream().map(hit -> new Found(hit, reasons.said(hit.reasons()))).toList());
		return "screening-check";
	}
}
