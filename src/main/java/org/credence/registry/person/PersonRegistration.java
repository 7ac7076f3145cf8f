package org.credence.registry.person;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.host.Host;
import org.credence.host.States;
import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;
import org.credence.security.Actors;

@Service
@NamedInterface("person")
public class PersonRegistration {

	private final Persons persons;

	private final States states;

	private final Host host;

	private final Actors actors;

	private final Clock clock;

	private final Journal journal;

	private final ApplicationEventPublisher events;

	PersonRegistration(Persons persons, States states, Host host, Actors actors, Clock clock, Journal journal,
			ApplicationEventPublisher events) {
		this.persons = persons;
		this.states = states;
		this.host = host;
		this.actors = actors;
		this.clock = clock;
		this.journal = journal;
		this.events = events;
	}

	@Transactional
	public Person register(String nameNative, String nameLatin, List<String> otherNames, String birthDate,
			String nationality, Sex sex) {
		List<InvalidField> invalid = new ArrayList<>();
		BirthDate birth = null;
		if (birthDate != null && !birthDate.isBlank()) {
			try {
				birth = BirthDate.parse(birthDate);
				if (birth.earliest().isAfter(LocalDate.now(clock.withZone(host.timeZone())))) {
					invalid.add(new InvalidField("birthDate", "must not be in the future"));
				}
			}
			catch (IllegalArgumentException e) {
				invalid.add(new InvalidField("birthDate", e.getMessage()));
			}
		}
		if (!invalid.isEmpty()) {
			if (!states.exists(nationality)) {
				invalid.add(unknownState(nationality));
			}
			throw ProblemException.invalid(invalid);
		}
		List<String> others = cleaned(otherNames);
		Person person = new Person(UUID.randomUUID(), nameNative.trim(), nameLatin.trim(), others, birth, nationality,
				sex == null ? Sex.UNKNOWN : sex, OffsetDateTime.now(clock), actors.current());
		try {
			persons.add(person);
		}
		catch (DataIntegrityViolationException e) {
			// The nationality's foreign key answers whether the state exists, without a query of its own.
			if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("person_nationality_fkey")) {
				throw ProblemException.invalid(List.of(unknownState(nationality)));
			}
			throw e;
		}
		journal.append("person.registered", "person", person.id(), person);
		events.publishEvent(new PersonRegistered(person));
		return person;
	}

	/** The names a person is also known by, replaced: a mission learns of an alias, or of an earlier spelling. */
	@Transactional
	public Person changeOtherNames(UUID personId, List<String> otherNames) {
		Person before = persons.lock(personId);
		List<String> others = cleaned(otherNames);
		if (others.equals(before.otherNames())) {
			return before;
		}
		persons.replaceOtherNames(personId, others);
		Person after = persons.get(personId);
		journal.append("person.other-names-changed", "person", personId,
				Map.of("before", before.otherNames(), "after", after.otherNames()));
		events.publishEvent(new PersonRenamed(after));
		return after;
	}

	private static InvalidField unknownState(String code) {
		return new InvalidField("nationality", "'" + code + "' is not an ISO 3166-1 alpha-3 code");
	}

	private static List<String> cleaned(List<String> otherNames) {
		return otherNames == null ? List.of()
				: otherNames.stream().map(String::trim).filter(name -> !name.isEmpty()).distinct().toList();
	}
}
