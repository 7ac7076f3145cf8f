package org.credence.registry.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.credence.host.Host;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.Accreditations;
import org.credence.registry.mission.Mission;
import org.credence.registry.mission.Missions;
import org.credence.registry.person.Person;
import org.credence.registry.person.Persons;

/** The departures overdue across missions; a mission administrator sees their own mission's only, as the registry's queries ensure. */
@Controller
class OverdueDeparturesPage {

	private final Accreditations accreditations;

	private final Persons persons;

	private final Missions missions;

	private final Host host;

	private final Clock clock;

	OverdueDeparturesPage(Accreditations accreditations, Persons persons, Missions missions, Host host, Clock clock) {
		this.accreditations = accreditations;
		this.persons = persons;
		this.missions = missions;
		this.host = host;
		this.clock = clock;
	}

	/** An overdue departure with the person and mission named. */
	record Overdue(Accreditation accreditation, Person person, Mission mission, long daysLate) {
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
