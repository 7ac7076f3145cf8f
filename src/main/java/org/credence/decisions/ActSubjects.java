package org.credence.decisions;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.credence.registry.Registry;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.mission.Mission;
import org.credence.registry.person.Person;

/**
 * The missions, accreditations and persons that some acts name, as the caller may see them: what
 * the caller may not see is absent, as if it did not exist.
 */
record ActSubjects(Map<UUID, Mission> missions, Map<UUID, Accreditation> accreditations, Map<UUID, Person> persons) {

	/**
	 * Three queries however many acts: the accreditations first, since the mission and the person of
	 * each are named too.
	 */
	static ActSubjects of(Collection<Act> acts, Registry registry) {
		Map<UUID, Accreditation> accreditations = registry.findAccreditations(ids(acts, Act::accreditationId));
		Set<UUID> missions = ids(acts, Act::missionId);
		Set<UUID> persons = ids(acts, Act::personId);
		accreditations.values().forEach(accreditation -> {
			missions.add(accreditation.missionId());
			persons.add(accreditation.personId());
		});
		return new ActSubjects(registry.findMissions(missions), accreditations, registry.findPersons(persons));
	}

	String missionName(UUID id) {
		return Optional.ofNullable(id).map(missions::get).map(Mission::name).orElse("?");
	}

	String personName(UUID id) {
		return Optional.ofNullable(id).map(persons::get).map(Person::nameLatin).orElse("?");
	}

	Optional<Accreditation> accreditation(UUID id) {
		return Optional.ofNullable(id).map(accreditations::get);
	}

	private static Set<UUID> ids(Collection<Act> acts, Function<Act, UUID> id) {
		return acts.stream().map(id).filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
	}
}
