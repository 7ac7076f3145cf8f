package org.credence.registry.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;

import org.credence.pages.StateNames;
import org.credence.host.Host;
import org.credence.pages.Feedback;
import org.credence.problem.ProblemException;
import org.credence.registry.MissionStatus;
import org.credence.registry.StaffCategory;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.AccreditationStatus;
import org.credence.registry.accreditation.Accreditations;
import org.credence.registry.accreditation.AsOf;
import org.credence.registry.accreditation.Staffing;
import org.credence.registry.history.HistoryEntry;
import org.credence.registry.history.RegistryHistory;
import org.credence.registry.mission.Ceiling;
import org.credence.registry.mission.Ceilings;
import org.credence.registry.mission.Mission;
import org.credence.registry.mission.Missions;
import org.credence.registry.mission.StatusChange;
import org.credence.registry.person.Person;
import org.credence.registry.person.Persons;

/**
 * Everything the mission page shows. Shared by the page itself and by every form on it, which
 * show the page again, with what was typed, when the registry refuses.
 */
@Component
class MissionPageModel {

	/** Enough for a registry of one receiving party; a search field is due when it outgrows this. */
	private static final int PERSON_CHOICES = 500;

	private final Missions missions;

	private final Ceilings ceilings;

	private final Accreditations accreditations;

	private final Staffing staffing;

	private final Persons persons;

	private final RegistryHistory history;

	private final HistoryRows historyRows;

	private final StateNames states;

	private final Feedback feedback;

	private final StrengthCharts charts;

	private final Host host;

	private final Clock clock;

	MissionPageModel(Missions missions, Ceilings ceilings, Accreditations accreditations, Staffing staffing,
			Persons persons, RegistryHistory history, HistoryRows historyRows, StateNames states, Feedback feedback,
			StrengthCharts charts, Host host, Clock clock) {
		this.charts = charts;
		this.missions = missions;
		this.ceilings = ceilings;
		this.accreditations = accreditations;
		this.staffing = staffing;
		this.persons = persons;
		this.history = history;
		this.historyRows = historyRows;
		this.states = states;
		this.feedback = feedback;
		this.host = host;
		this.clock = clock;
	}

	/** An accreditation or request shown with the person who holds or asks for it. */
	record Position(Accreditation accreditation, Person person) {
	}

	/** Fills the model for the mission page as of a date (blank: now) and returns the view name. */
	String show(Model model, UUID missionId, String asOf, Locale locale) {
		Mission mission = missions.get(missionId);
		OffsetDateTime now = OffsetDateTime.now(clock);
		model.addAttribute("self", "/missions/" + missionId);
		model.addAttribute("mission", mission);
		model.addAttribute("stateName", states.name(mission.sendingState(), locale));
		model.addAttribute("statusNow", missions.statusAt(missionId, now).orElse(null));
		model.addAttribute("asOf", asOf);
		OffsetDateTime at = at(model, asOf, now);
		model.addAttribute("strength", staffing.strengthAt(missionId, at));
		model.addAttribute("members", positions(staffing.membersAt(missionId, at)));
		model.addAttribute("pending", positions(accreditations.pendingAt(missionId)));
		model.addAttribute("today", host.localDate(now));
		model.addAttribute("activeNow", positions(accreditations.heldAt(missionId, now).stream()
			.filter(held -> held.status() == AccreditationStatus.ACTIVE)
			.toList()));
		model.addAttribute("withdrawn", positions(accreditations.withdrawnOf(missionId)));
		model.addAttribute("timeToLeave", new TimeToLeave(host));
		List<Ceiling> ceilingHistory = ceilings.history(missionId);
		List<StatusChange> statuses = missions.statusHistory(missionId);
		List<HistoryEntry> entries = history.ofMission(missionId);
		model.addAttribute("ceilings", ceilingHistory);
		model.addAttribute("statuses", statuses);
		model.addAttribute("history", historyRows.of(entries, locale));
		model.addAttribute("chart", charts.of(missionId, statuses, ceilingHistory, entries, now));
		model.addAttribute("persons", persons.search(null, PERSON_CHOICES));
		model.addAttribute("categories", StaffCategory.values());
		model.addAttribute("statusChoices", MissionStatus.values());
		addBlank(model, "ceiling", new CeilingForm());
		addBlank(model, "statusChange", new StatusForm());
		addBlank(model, "arrival", new ArrivalForm());
		addBlank(model, "refusal", new RefusalForm());
		addBlank(model, "departure", new DepartureForm());
		addBlank(model, "confirmation", new ConfirmationForm());
		return "mission";
	}

	/** The instant asked for; a date that cannot be read is said on the page, which then shows now. */
	private OffsetDateTime at(Model model, String asOf, OffsetDateTime now) {
		try {
			return AsOf.parse(asOf, host, clock);
		}
		catch (ProblemException e) {
			Map<String, Object> typed = new HashMap<>();
			typed.put("asOf", asOf);
			MapBindingResult result = new MapBindingResult(typed, "members");
			feedback.refused(model, "members", result, e);
			model.addAttribute("asOfError", result.getFieldError("asOf").getDefaultMessage());
			return now;
		}
	}

	/** The persons read in one query; one the caller may not see is a 404, as when read alone. */
	private List<Position> positions(List<Accreditation> accreditations) {
		Map<UUID, Person> named = persons.byId(accreditations.stream().map(Accreditation::personId).toList());
		return accreditations.stream()
			.map(a -> new Position(a, Optional.ofNullable(named.get(a.personId()))
				.orElseThrow(() -> ProblemException.notFound("person", a.personId()))))
			.toList();
	}

	private static void addBlank(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}
}
