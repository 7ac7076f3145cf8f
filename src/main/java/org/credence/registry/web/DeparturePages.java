package org.credence.registry.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.host.Host;
import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.Accreditations;
import org.credence.registry.accreditation.Departures;
import org.credence.registry.mission.Mission;
import org.credence.registry.mission.Missions;
import org.credence.registry.person.Person;
import org.credence.registry.person.Persons;

/**
 * How accreditations end, on the pages: the mission notifies a member's final departure, the mission
 * or a protocol officer confirms that a withdrawn person left, and the departures overdue across missions.
 * A mission administrator sees and acts on their own mission only, as the registry's queries ensure.
 */
@Controller
@BlankIsAbsent
class DeparturePages {

	private final Departures departures;

	private final Accreditations accreditations;

	private final Persons persons;

	private final Missions missions;

	private final MissionPageModel page;

	private final Feedback feedback;

	private final FormStep step;

	private final Host host;

	private final Clock clock;

	DeparturePages(Departures departures, Accreditations accreditations, Persons persons, Missions missions,
			MissionPageModel page, Feedback feedback, FormStep step, Host host, Clock clock) {
		this.departures = departures;
		this.accreditations = accreditations;
		this.persons = persons;
		this.missions = missions;
		this.page = page;
		this.feedback = feedback;
		this.step = step;
		this.host = host;
		this.clock = clock;
	}

	/** An overdue departure with the person and mission named. */
	record Overdue(Accreditation accreditation, Person person, Mission mission, long daysLate) {
	}

	@PostMapping("/missions/{id}/departures")
	String notifyDeparture(@PathVariable UUID id, @Valid @ModelAttribute("departure") DepartureForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		// One the caller may not see is said the same way as one of another mission.
		if (!result.hasErrors() && accreditations.find(form.getAccreditationId())
			.filter(member -> member.missionId().equals(id))
			.isEmpty()) {
			result.rejectValue("accreditationId", "departure.otherMission");
		}
		return step.submit(model, "departure", result, () -> {
			Accreditation ended = departures.notifyDeparture(form.getAccreditationId(), form.getDepartureDate(),
					form.getReason());
			feedback.done(redirect, "flash.departure-notified", ended.title(), form.getDepartureDate());
			return "redirect:/missions/" + id;
		}, () -> page.show(model, id, null, locale));
	}

	@PostMapping("/accreditations/{id}/departure-confirmation")
	String confirmDeparture(@PathVariable UUID id, @Valid @ModelAttribute("confirmation") ConfirmationForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		Accreditation withdrawn = accreditations.get(id);
		// Each withdrawn person has a form of their own: the page marks the one that was sent.
		model.addAttribute("confirmed", id);
		return step.submit(model, "confirmation-" + id, result, () -> {
			departures.confirmDeparture(id, form.getDepartedOn());
			feedback.done(redirect, "flash.departure-confirmed", withdrawn.title(), form.getDepartedOn());
			return "redirect:/missions/" + withdrawn.missionId();
		}, () -> page.show(model, withdrawn.missionId(), null, locale));
	}

	@GetMapping("/departures/overdue")
	String overdue(Model model) {
		LocalDate today = host.localDate(OffsetDateTime.now(clock));
		List<Accreditation> late = accreditations.overdueDepartures(today);
		Map<UUID, Person> named = persons.byId(late.stream().map(Accreditation::personId).toList());
		Map<UUID, Mission> byMission = late.stream().map(Accreditation::missionId).distinct()
			.map(missions::find).flatMap(Optional::stream)
			.collect(Collectors.toMap(Mission::id, Function.identity()));
		model.addAttribute("self", "/departures/overdue");
		model.addAttribute("today", today);
		model.addAttribute("overdue", late.stream()
			.map(a -> new Overdue(a, named.get(a.personId()), byMission.get(a.missionId()),
					a.departureDeadline().until(today, ChronoUnit.DAYS)))
			.toList());
		return "departures";
	}
}
