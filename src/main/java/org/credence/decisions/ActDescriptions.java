package org.credence.decisions;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.Accreditations;
import org.credence.registry.mission.Mission;
import org.credence.registry.mission.Missions;
import org.credence.registry.person.Person;
import org.credence.registry.person.Persons;

/**
 * Acts said in words, in the reader's language, with the names of the persons and missions they
 * concern: the one place the pages describe an act. A new kind needs a message {@code act.<KIND>};
 * its arguments are those of the mission it concerns, or of the accreditation it names.
 */
@Component
class ActDescriptions {

	private final Accreditations accreditations;

	private final Persons persons;

	private final Missions missions;

	private final MessageSource messages;

	ActDescriptions(Accreditations accreditations, Persons persons, Missions missions, MessageSource messages) {
		this.accreditations = accreditations;
		this.persons = persons;
		this.missions = missions;
		this.messages = messages;
	}

	/**
	 * Mission acts: {0} the mission, {1} the total. Acts on an accreditation: {0} the person, {1}
	 * their title, {2} the mission, {3} the departure deadline.
	 */
	String describe(Act act, Locale locale) {
		Object[] arguments = act.kind().concernsMission()
				? new Object[] { mission(act.missionId()), act.total() == null ? "" : act.total().toString() }
				: accreditation(act);
		return messages.getMessage("act." + act.kind().name(), arguments, act.kind().name(), locale);
	}

	private Object[] accreditation(Act act) {
		Optional<Accreditation> accreditation = Optional.ofNullable(act.accreditationId()).flatMap(accreditations::find);
		String person = accreditation.flatMap(a -> persons.find(a.personId())).map(Person::nameLatin).orElse("?");
		String title = accreditation.map(Accreditation::title).orElse("");
		String mission = accreditation.map(a -> mission(a.missionId())).orElse("?");
		String deadline = act.departureDeadline() == null ? "" : act.departureDeadline().toString();
		return new Object[] { person, title, mission, deadline };
	}

	private String mission(UUID id) {
		return id == null ? "?" : missions.find(id).map(Mission::name).orElse("?");
	}
}
