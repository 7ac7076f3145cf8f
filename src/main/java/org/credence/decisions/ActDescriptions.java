package org.credence.decisions;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.credence.registry.Registry;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.mission.Mission;
import org.credence.registry.person.Person;

/**
 * Acts said in words, in the reader's language, with the names of the persons and missions they
 * concern: the one place the pages describe an act. A new kind needs a message {@code act.<KIND>};
 * its arguments are those of the mission it concerns, or of the accreditation it names.
 */
@Component
class ActDescriptions {

	private final Registry registry;

	private final MessageSource messages;

	ActDescriptions(Registry registry, MessageSource messages) {
		this.registry = registry;
		this.messages = messages;
	}

	/**
	 * Mission acts: {0} the mission, {1} the total, {2} the per-category limits. Acts on a person: {0}
	 * the person, {3} the departure deadline. Acts on an accreditation: {0} the person, {1} their
	 * title, {2} the mission, {3} the departure deadline.
	 */
	String describe(Act act, Locale locale) {
		Object[] arguments = act.kind().concernsMission()
				? new Object[] { mission(act.missionId()), act.total() == null ? "" : act.total().toString(),
						categories(act, locale) }
				: act.kind().concernsPerson() ? person(act) : accreditation(act);
		return messages.getMessage("act." + act.kind().name(), arguments, act.kind().name(), locale);
	}

	private String categories(Act act, Locale locale) {
		return act.categories().entrySet().stream()
			.sorted(Map.Entry.comparingByKey())
			.map(limit -> messages.getMessage("category." + limit.getKey().name(), null, limit.getKey().name(), locale)
					+ ": " + limit.getValue())
			.collect(Collectors.collectingAndThen(Collectors.joining("; "), limits -> limits.isEmpty() ? "" : " (" + limits + ")"));
	}

	private Object[] person(Act act) {
		String person = Optional.ofNullable(act.personId()).flatMap(registry::findPerson).map(Person::nameLatin).orElse("?");
		String deadline = act.departureDeadline() == null ? "" : act.departureDeadline().toString();
		return new Object[] { person, "", "", deadline };
	}

	private Object[] accreditation(Act act) {
		Optional<Accreditation> accreditation = Optional.ofNullable(act.accreditationId()).flatMap(registry::findAccreditation);
		String person = accreditation.flatMap(a -> registry.findPerson(a.personId())).map(Person::nameLatin).orElse("?");
		String title = accreditation.map(Accreditation::title).orElse("");
		String mission = accreditation.map(a -> mission(a.missionId())).orElse("?");
		String deadline = act.departureDeadline() == null ? "" : act.departureDeadline().toString();
		return new Object[] { person, title, mission, deadline };
	}

	private String mission(UUID id) {
		return id == null ? "?" : registry.findMission(id).map(Mission::name).orElse("?");
	}
}
