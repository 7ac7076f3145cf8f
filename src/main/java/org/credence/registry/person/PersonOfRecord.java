package org.credence.registry.person;

import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * A person the registry itself has reason to watch for: whatever name a mission gives them next,
 * a new request for them must be recognised.
 */
@NamedInterface("person")
public record PersonOfRecord(Person person, Set<Ground> grounds) {

	public PersonOfRecord {
		grounds = Set.copyOf(grounds);
	}

	public enum Ground {
		/** Declared not acceptable (persona non grata), whether or not the declaration was lifted since. */
		NOT_ACCEPTABLE,
		/** A request for their accreditation was refused. */
		REFUSED,
		/** Their accreditation was withdrawn. */
		WITHDRAWN,
		/** The relations register links them to an incident. */
		INCIDENT
	}
}
