package org.credence.registry.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.StateNames;
import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.pages.Paged;
import org.credence.registry.MissionStatus;
import org.credence.registry.accreditation.Staffing;
import org.credence.registry.accreditation.Strength;
import org.credence.registry.mission.Mission;
import org.credence.registry.mission.MissionKind;
import org.credence.registry.mission.MissionManagement;
import org.credence.registry.mission.Missions;

/** All missions with their status and strength now, and the form that establishes one. */
@Controller
@BlankIsAbsent
class MissionListPage {

	private final Missions missions;

	private final MissionManagement management;

	private final Staffing staffing;

	private final StateNames states;

	private final Feedback feedback;

	private final FormStep step;

	private final Clock clock;

	MissionListPage(Missions missions, MissionManagement management, Staffing staffing, StateNames states,
			Feedback feedback, FormStep step, Clock clock) {
		this.missions = missions;
		this.management = management;
		this.staffing = staffing;
		this.states = states;
		this.feedback = feedback;
		this.step = step;
		this.clock = clock;
	}

	record Row(UUID id, String name, String state, MissionKind kind, MissionStatus status, Strength strength) {
	}

	@GetMapping("/missions")
	String list(@ModelAttribute("filter") MissionFilter filter, BindingResult result, HttpServletRequest request,
			Model model, Locale locale) {
		if (result.hasErrors()) {
			feedback.invalid(model, "filter", result);
		}
		return page(model, filter, request, new MissionForm(), locale);
	}

	@PostMapping("/missions")
	String establish(@Valid @ModelAttribute("mission") MissionForm form, BindingResult result, Model model,
			HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "mission", result, () -> {
			Mission mission = management.establish(form.getSendingState(), form.getName(), form.getKind(),
					form.getEstablishedOn());
			feedback.done(redirect, "flash.mission-established", mission.name());
			return "redirect:/missions/" + mission.id();
		}, () -> page(model, new MissionFilter(), request, form, locale));
	}

	/** The missions the filter asks for, by name; a text matches the mission's name or its sending state's. */
	private String page(Model model, MissionFilter filter, HttpServletRequest request, MissionForm form, Locale locale) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String text = filter.getName() == null ? "" : filter.getName().toLowerCase(locale);
		Map<UUID, MissionStatus> statuses = missions.statusesAt(now);
		List<Row> rows = missions.all()
			.stream()
			.map(mission -> new Row(mission.id(), mission.name(), states.name(mission.sendingState(), locale),
					mission.kind(), statuses.get(mission.id()), null))
			.filter(row -> row.name().toLowerCase(locale).contains(text) || row.state().toLowerCase(locale).contains(text))
			.filter(row -> filter.getStatus() == null || row.status() == filter.getStatus())
			.toList();
		model.addAttribute("self", "/missions");
		if (!model.containsAttribute("filter")) {
			model.addAttribute("filter", filter);
		}
		model.addAttribute("missions", Paged.of(rows, filter.getPage(), request).map(shown -> shown.stream()
			.map(row -> new Row(row.id(), row.name(), row.state(), row.kind(), row.status(),
					staffing.strengthAt(row.id(), now)))
			.toList()));
		model.addAttribute("statuses", MissionStatus.values());
		model.addAttribute("mission", form);
		model.addAttribute("states", states.options(locale));
		model.addAttribute("kinds", MissionKind.values());
		return "missions";
	}
}
