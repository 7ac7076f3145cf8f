package org.credence.registry.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import org.credence.host.Host;
import org.credence.pages.FormStep;
import org.credence.pages.Paged;
import org.credence.problem.ProblemException;
import org.credence.registry.StaffCategory;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.Accreditations;
import org.credence.registry.accreditation.AsOf;
import org.credence.registry.accreditation.MemberRoll;
import org.credence.registry.accreditation.MemberRoll.Roll;
import org.credence.registry.accreditation.Staffing;
import org.credence.registry.history.RegistryHistory;
import org.credence.registry.mission.Ceiling;
import org.credence.registry.mission.Ceilings;
import org.credence.registry.mission.MissionContact;
import org.credence.registry.mission.MissionContacts;
import org.credence.registry.mission.Missions;
import org.credence.registry.mission.StatusChange;
import org.credence.registry.person.Person;
import org.credence.registry.person.Persons;

/**
 * The mission's summary (strength, ceiling, status, chart, arrivals to come, the latest changes)
 * and its members' tab, each below the mission's head; each in a fixed number of queries, however
 * many members and history entries, the members' page cut by the database.
 */
@Component
class MissionPageModel {

	/** The latest changes the summary shows; the history's tab has them all. */
	private static final int LATEST = 5;

	private final MissionHead head;

	private final Missions missions;

	private final Ceilings ceilings;

	private final Accreditations accreditations;

	private final Staffing staffing;

	private final Persons persons;

	private final RegistryHistory history;

	private final HistoryRows historyRows;

	private final StrengthCharts charts;

	private final FormStep step;

	private final Host host;

	private final Clock clock;

	private final MissionContacts contacts;

	private final MemberRoll roll;

	MissionPageModel(MissionHead head, Missions missions, Ceilings ceilings, Accreditations accreditations,
			Staffing staffing, Persons persons, RegistryHistory history, HistoryRows historyRows, StrengthCharts charts,
			FormStep step, Host host, Clock clock, MissionContacts contacts, MemberRoll roll) {
		this.contacts = contacts;
		this.roll = roll;
		this.head = head;
		this.missions = missions;
		this.ceilings = ceilings;
		this.accreditations = accreditations;
		this.staffing = staffing;
		this.persons = persons;
		this.history = history;
		this.historyRows = historyRows;
		this.charts = charts;
		this.step = step;
		this.host = host;
		this.clock = clock;
	}

	/** An accreditation or request shown with the person who holds or asks for it. */
	record Position(Accreditation accreditation, Person person) {
	}

	String summary(Model model, UUID missionId, Locale locale) {
		head.fill(model, missionId, "summary", locale);
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Ceiling> ceilingHistory = ceilings.history(missionId);
		List<StatusChange> statuses = missions.statusHistory(missionId);
		model.addAttribute("strength", staffing.strengthAt(missionId, now));
		model.addAttribute("arriving", positions(accreditations.arrivingAfter(missionId, now)));
		model.addAttribute("chart", charts.of(missionId, statuses, ceilingHistory, history.decisionsAboutMission(missionId), now));
		model.addAttribute("latest", historyRows.of(history.latestOfMission(missionId, LATEST), locale));
		MissionContact contact = contacts.of(missionId);
		model.addAttribute("missionContact", contact);
		if (!model.containsAttribute("contact")) {
			model.addAttribute("contact", ContactForm.of(contact));
		}
		return "mission";
	}

	String members(Model model, UUID missionId, MemberFilter filter, BindingResult result, HttpServletRequest request,
			Locale locale) {
		head.fill(model, missionId, "members", locale);
		OffsetDateTime now = OffsetDateTime.now(clock);
		model.addAttribute("asOf", filter.getAsOf());
		model.addAttribute("categories", StaffCategory.values());
		model.addAttribute("arriving", positions(accreditations.arrivingAfter(missionId, now)));
		// A date that cannot be read is said next to its field, and the members of today are shown.
		OffsetDateTime[] at = { now };
		step.read(model, "members", result, () -> at[0] = AsOf.parse(filter.getAsOf(), host, clock));
		Roll members = new Roll(missionId, at[0], filter.getCategory(), filter.getName());
		model.addAttribute("strength", staffing.strengthAt(missionId, at[0]));
		model.addAttribute("members", Paged.read(roll.count(members), filter.getPage(), request,
				(from, size) -> roll.page(members, from, size)));
		return "mission-members";
	}

	/** The persons read in one query; one the caller may not see is a 404, as when read alone. */
	List<Position> positions(List<Accreditation> accreditations) {
		Map<UUID, Person> named = persons.byId(accreditations.stream().map(Accreditation::personId).toList());
		return accreditations.stream()
			.map(a -> new Position(a, Optional.ofNullable(named.get(a.personId()))
				.orElseThrow(() -> ProblemException.notFound("person", a.personId()))))
			.toList();
	}
}
