package org.credence.decisions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.host.Host;
import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.pages.Paged;
import org.credence.registry.Registry;
import org.credence.registry.StaffCategory;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.AccreditationStatus;
import org.credence.registry.person.Person;

/**
 * The decision workspace: decisions by step, authority and mission, page by page, and the form that drafts one. The form is for one
 * mission at a time, chosen first, so that its acts name persons by name rather than by id; and for
 * one person, chosen from their page, whom it declares not acceptable or of whom it lifts that.
 */
@Controller
@BlankIsAbsent
@RequestMapping("/decisions")
class DecisionsPage {

	/** The latest incidents a draft offers to cite; older ones are cited through the API. */
	private static final int INCIDENT_CHOICES = 200;

	private final SilenceProcedure procedure;

	private final DecisionDrafting drafting;

	private final EffectiveInstant effective;

	private final DecisionActs decisionActs;

	private final ActDescriptions descriptions;

	private final Registry registry;

	private final Feedback feedback;

	private final FormStep step;

	private final IncidentCatalogue incidents;

	private final Host host;

	private final Clock clock;

	private final DecisionTitles titles;

	DecisionsPage(SilenceProcedure procedure, DecisionDrafting drafting, EffectiveInstant effective,
			DecisionActs decisionActs, ActDescriptions descriptions, Registry registry, Feedback feedback, FormStep step,
			IncidentCatalogue incidents, Host host, Clock clock, DecisionTitles titles) {
		this.titles = titles;
		this.procedure = procedure;
		this.drafting = drafting;
		this.effective = effective;
		this.decisionActs = decisionActs;
		this.descriptions = descriptions;
		this.registry = registry;
		this.feedback = feedback;
		this.step = step;
		this.incidents = incidents;
		this.host = host;
		this.clock = clock;
	}

	/** A decision in the list: what its first act does, and how many more it has. */
	record Row(Decision decision, String firstAct, int moreActs) {
	}

	/** An accreditation or request that an act of the draft may name, with its holder's name. */
	record Position(Accreditation accreditation, String person) {
	}

	@GetMapping
	String list(@ModelAttribute("filter") DecisionFilter filter, BindingResult result,
			@RequestParam(required = false) UUID replaces, @RequestParam(required = false) UUID person,
			@RequestParam(required = false) ActKind act, HttpServletRequest request, Model model, Locale locale) {
		if (result.hasErrors()) {
			feedback.invalid(model, "filter", result);
		}
		DraftForm form = new DraftForm();
		form.setMission(filter.getMission());
		form.setPersonId(person);
		form.setPersonAct(act != null && act.concernsPerson() ? act : null);
		form.setReplaces(replaces);
		return page(model, filter, request, form, locale);
	}

	@PostMapping
	String draft(@Valid @ModelAttribute("draft") DraftForm form, BindingResult result, Model model,
			HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
		List<Act> chosen = form.acts();
		if (chosen.isEmpty()) {
			result.reject("draft.noActs");
		}
		return step.submit(model, "draft", result, () -> {
			Decision decision = drafting.draft(form.getGrounds(), form.getClassification(), effective.of(
					form.getEffectiveDate(), form.getEffectiveTime(), form.isEffectiveEndOfMonth() ? true : null),
					chosen, form.getReplaces(), form.getIncidents());
			feedback.done(redirect, "flash.decision-drafted", chosen.size());
			return "redirect:/decisions/" + decision.id();
		}, () -> page(model, new DecisionFilter(), request, form, locale));
	}

	private String page(Model model, DecisionFilter filter, HttpServletRequest request, DraftForm form, Locale locale) {
		model.addAttribute("self", "/decisions");
		if (!model.containsAttribute("filter")) {
			model.addAttribute("filter", filter);
		}
		model.addAttribute("statuses", DecisionStatus.values());
		model.addAttribute("authorities", Authority.values());
		model.addAttribute("zone", host.timeZone().getId());
		Paged<Decision> listed = Paged.of(procedure.list(filter.getStatus(), filter.getMission(), null).stream()
			.filter(decision -> filter.getAuthority() == null || decision.authority() == filter.getAuthority())
			.toList(), filter.getPage(), request);
		List<UUID> shownIds = listed.items().stream().map(Decision::id).toList();
		Map<UUID, List<String>> acts = descriptions.describe(decisionActs.of(shownIds), locale);
		model.addAttribute("names", titles.of(shownIds, locale));
		model.addAttribute("decisions", listed.map(shown -> shown.stream()
			.map(decision -> row(decision, acts.getOrDefault(decision.id(), List.of())))
			.toList()));
		model.addAttribute("missionChoices", registry.missions().stream()
			.collect(Collectors.toMap(mission -> mission.id(), mission -> mission.name(), (a, b) -> a, LinkedHashMap::new))
			.entrySet());
		model.addAttribute("missions", registry.missions());
		model.addAttribute("draft", form);
		model.addAttribute("measures", List.of(ActKind.SUSPEND_MISSION, ActKind.RESUME_MISSION, ActKind.CLOSE_MISSION));
		model.addAttribute("personActs", List.of(ActKind.DECLARE_NOT_ACCEPTABLE, ActKind.LIFT_NOT_ACCEPTABLE));
		model.addAttribute("categories", StaffCategory.values());
		model.addAttribute("incidentChoices", incidents.recent(INCIDENT_CHOICES));
		model.addAttribute("draftPerson", form.getPersonId() == null ? null : registry.findPerson(form.getPersonId()).orElse(null));
		if (form.getMission() != null) {
			model.addAttribute("mission", registry.mission(form.getMission()));
			List<Accreditation> members = registry.heldAt(form.getMission(), OffsetDateTime.now(clock)).stream()
				.filter(held -> held.status() == AccreditationStatus.ACTIVE)
				.toList();
			List<Accreditation> requests = registry.pendingAt(form.getMission());
			Map<UUID, Person> persons = registry.findPersons(Stream.concat(members.stream(), requests.stream())
				.map(Accreditation::personId)
				.collect(Collectors.toSet()));
			model.addAttribute("members", positions(members, persons));
			model.addAttribute("requests", positions(requests, persons));
		}
		return "decisions";
	}

	private static Row row(Decision decision, List<String> acts) {
		return new Row(decision, acts.isEmpty() ? "" : acts.get(0), Math.max(0, acts.size() - 1));
	}

	/** The names read for the whole page at once: a mission may have hundreds of members. */
	private static List<Position> positions(List<Accreditation> accreditations, Map<UUID, Person> persons) {
		return accreditations.stream()
			.map(held -> new Position(held, persons.get(held.personId()).nameLatin()))
			.toList();
	}
}
