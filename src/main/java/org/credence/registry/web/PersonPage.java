package org.credence.registry.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.credence.pages.StateNames;
import org.credence.pages.BlankIsAbsent;
import org.credence.registry.MissionStatus;
import org.credence.registry.Vetting;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.Accreditations;
import org.credence.registry.history.RegistryHistory;
import org.credence.registry.mission.Mission;
import org.credence.registry.mission.Missions;
import org.credence.registry.person.NotAcceptableDeclarations;
import org.credence.registry.person.Person;
import org.credence.registry.person.Persons;

/**
 * One person: who they are, whether they are declared not acceptable, every accreditation they held
 * or asked for, their history, and the missions that can receive their arrival now.
 */
@Controller
@BlankIsAbsent
class PersonPage {

	private final Persons persons;

	private final Accreditations accreditations;

	private final Missions missions;

	private final RegistryHistory history;

	private final HistoryRows historyRows;

	private final StateNames states;

	private final NotAcceptableDeclarations notAcceptable;

	private final Vetting vetting;

	private final Clock clock;

	PersonPage(Persons persons, Accreditations accreditations, Missions missions, RegistryHistory history,
			HistoryRows historyRows, StateNames states, NotAcceptableDeclarations notAcceptable, Vetting vetting,
			Clock clock) {
		this.clock = clock;
		this.vetting = vetting;
		this.notAcceptable = notAcceptable;
		this.persons = persons;
		this.accreditations = accreditations;
		this.missions = missions;
		this.history = history;
		this.historyRows = historyRows;
		this.states = states;
	}

	@GetMapping("/persons/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		Person person = persons.get(id);
		List<Accreditation> held = accreditations.ofPerson(id);
		Map<UUID, String> missionNames = missions.byId(held.stream().map(Accreditation::missionId).collect(Collectors.toSet()))
			.values().stream().collect(Collectors.toMap(Mission::id, Mission::name));
		model.addAttribute("self", "/persons/" + id);
		model.addAttribute("person", person);
		model.addAttribute("nationality", states.name(person.nationality(), locale));
		model.addAttribute("notAcceptable", notAcceptable.standing(id).orElse(null));
		model.addAttribute("screening", vetting.standing(id));
		model.addAttribute("accreditations", held);
		model.addAttribute("missionNames", missionNames);
		model.addAttribute("history", historyRows.of(history.ofPerson(id), locale));
		OffsetDateTime now = OffsetDateTime.now(clock);
		model.addAttribute("receiving", missions.all().stream()
			.filter(mission -> missions.statusAt(mission.id(), now).filter(MissionStatus.ACTIVE::equals).isPresent())
			.toList());
		return "person";
	}
}
