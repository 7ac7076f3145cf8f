package org.credence.registry.web;

import java.time.Clock;
import java.time.OffsetDateTime;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.host.Host;
import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Dates;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.AccreditationStatus;
import org.credence.registry.accreditation.Accreditations;
import org.credence.registry.accreditation.Departures;

/**
 * How accreditations end, on the pages: the mission notifies a member's final departure, and the mission
 * or a protocol officer confirms that a withdrawn person left.
 * A mission administrator sees and acts on their own mission only, as the registry's queries ensure.
 */
@Controller
@BlankIsAbsent
class DeparturePages {

	private final Departures departures;

	private final Accreditations accreditations;

	private final MissionHead head;

	private final MissionPageModel page;

	private final Feedback feedback;

	private final FormStep step;

	private final Host host;

	private final Clock clock;

	private final Dates dates;

	DeparturePages(Departures departures, Accreditations accreditations, MissionHead head, MissionPageModel page, Feedback feedback, FormStep step, Host host, Clock clock,
			Dates dates) {
		this.departures = departures;
		this.accreditations = accreditations;
		this.head = head;
		this.page = page;
		this.feedback = feedback;
		this.step = step;
		this.host = host;
		this.clock = clock;
		this.dates = dates;
	}

	/** The withdrawn members and whether each left, and the notification of a final departure: a tab of the mission's pages. */
	@GetMapping("/missions/{id}/departures")
	String departures(@PathVariable UUID id, Model model, Locale locale) {
		head.fill(model, id, "departures", locale);
		OffsetDateTime now = OffsetDateTime.now(clock);
		model.addAttribute("today", host.localDate(now));
		model.addAttribute("withdrawn", page.positions(accreditations.withdrawnOf(id)));
		model.addAttribute("timeToLeave", new TimeToLeave(host, dates));
		model.addAttribute("activeNow", page.positions(accreditations.heldAt(id, now).stream()
			.filter(held -> held.status() == AccreditationStatus.ACTIVE)
			.toList()));
		model.mergeAttributes(Map.of("departure", new DepartureForm(), "confirmation", new ConfirmationForm()));
		return "mission-departures";
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
			return "redirect:/missions/" + id + "/departures";
		}, () -> departures(id, model, locale));
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
			return "redirect:/missions/" + withdrawn.missionId() + "/departures";
		}, () -> departures(withdrawn.missionId(), model, locale));
	}
}
