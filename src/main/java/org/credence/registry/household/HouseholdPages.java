package org.credence.registry.household;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.Accreditations;
import org.credence.registry.mission.Mission;
import org.credence.registry.mission.Missions;
import org.credence.registry.person.Person;
import org.credence.registry.person.Persons;

/** The household of an accredited member, with the form that adds to it; the children passing their age limit. */
@Controller
@BlankIsAbsent
class HouseholdPages {

	/** As on the arrival form: enough for one receiving party's registry. */
	private static final int PERSON_CHOICES = 500;

	private final Households households;

	private final Accreditations accreditations;

	private final Persons persons;

	private final Missions missions;

	private final Feedback feedback;

	private final FormStep step;

	HouseholdPages(Households households, Accreditations accreditations, Persons persons, Missions missions,
			Feedback feedback, FormStep step) {
		this.households = households;
		this.accreditations = accreditations;
		this.persons = persons;
		this.missions = missions;
		this.feedback = feedback;
		this.step = step;
	}

	@GetMapping("/accreditations/{id}/household")
	String household(@PathVariable UUID id, @RequestParam(required = false) String find, Model model) {
		Accreditation principal = accreditations.get(id);
		model.addAttribute("principal", principal);
		model.addAttribute("principalPerson", persons.get(principal.personId()));
		model.addAttribute("mission", missions.get(principal.missionId()));
		model.addAttribute("members", households.of(id));
		model.addAttribute("relations", Relation.values());
		if (!model.containsAttribute("household")) {
			model.addAttribute("household", new HouseholdForm());
		}
		String text = find == null || find.isBlank() ? null : find.strip();
		model.addAttribute("find", text);
		model.addAttribute("persons", persons.choices(text, ((HouseholdForm) model.getAttribute("household")).getPersonId(),
				PERSON_CHOICES));
		return "household";
	}

	@PostMapping("/accreditations/{id}/household")
	String add(@PathVariable UUID id, @Valid @ModelAttribute("household") HouseholdForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return step.submit(model, "household", result, () -> {
			households.add(id, form.getPersonId(), form.getRelation(), form.getLinkedFrom(), form.getArrivalDate(),
					form.getEducationUntil());
			feedback.done(redirect, "flash.household-member-notified", form.getArrivalDate());
			return "redirect:/accreditations/" + id + "/household";
		}, () -> household(id, null, model));
	}

	/** A passing child with the mission their household belongs to. */
	record Passing(Households.Member member, Mission mission) {
	}

	@GetMapping("/households/age-limit")
	String ageLimit(Model model) {
		List<Households.Member> passing = households.passingAgeLimit();
		Map<UUID, Mission> byId = passing.stream().map(m -> m.accreditation().missionId()).distinct()
			.map(missions::find).flatMap(Optional::stream)
			.collect(Collectors.toMap(Mission::id, Function.identity()));
		Map<UUID, Person> principals = persons.byId(passing.stream().map(m -> m.link().principalId()).distinct().toList());
		model.addAttribute("self", "/households/age-limit");
		model.addAttribute("days", households.ageLimitNoticeDays());
		model.addAttribute("principals", principals);
		model.addAttribute("passing", passing.stream()
			.map(m -> new Passing(m, byId.get(m.accreditation().missionId())))
			.toList());
		return "households-age-limit";
	}
}
