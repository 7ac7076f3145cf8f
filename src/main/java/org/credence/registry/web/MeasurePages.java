package org.credence.registry.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

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
import org.credence.registry.MeasuresDecidedElsewhere;
import org.credence.registry.MissionStatus;
import org.credence.registry.history.DecisionNames;
import org.credence.registry.mission.Ceiling;
import org.credence.registry.mission.Ceilings;
import org.credence.registry.mission.MissionManagement;
import org.credence.registry.mission.Missions;
import org.credence.registry.mission.StatusChange;

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

	private final MeasuresDecidedElsewhere elsewhere;

	private final DecisionNames decisionNames;

	MeasurePages(MissionHead head, Missions missions, Ceilings ceilings, MissionManagement management,
			Feedback feedback, FormStep step, MeasuresDecidedElsewhere elsewhere, DecisionNames decisionNames) {
		this.decisionNames = decisionNames;
		this.elsewhere = elsewhere;
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
		List<Ceiling> ceilingHistory = ceilings.history(id);
		List<StatusChange> statuses = missions.statusHistory(id);
		model.addAttribute("ceilings", ceilingHistory);
		model.addAttribute("statuses", statuses);
		model.addAttribute("citedDecisions", cited(Stream.concat(ceilingHistory.stream().map(Ceiling::reason),
				statuses.stream().map(StatusChange::reason)).toList(), locale));
		model.addAttribute("ceilingRecordable", elsewhere.ceilingMayBeRecorded());
		model.addAttribute("statusChoices", Arrays.stream(MissionStatus.values()).filter(elsewhere::statusMayBeRecorded).toList());
		model.mergeAttributes(Map.of("ceiling", new CeilingForm(), "statusChange", new StatusForm()));
		return "mission-measures";
	}

	/** A decision that set a ceiling or a status, cited by its reason, with its reference in the reader's language. */
	record Cited(UUID decision, String reference) {
	}

	private Map<String, Cited> cited(List<String> reasons, Locale locale) {
		Map<String, UUID> cited = new HashMap<>();
		reasons.forEach(reason -> DecisionNames.cited(reason).ifPresent(decision -> cited.put(reason, decision)));
		Map<UUID, String> references = decisionNames.references(Set.copyOf(cited.values()), locale);
		Map<String, Cited> shown = new HashMap<>();
		cited.forEach((reason, decision) -> Optional.ofNullable(references.get(decision))
			.ifPresent(reference -> shown.put(reason, new Cited(decision, reference))));
		return shown;
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
