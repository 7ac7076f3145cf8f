package org.credence.registry.person;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.host.Host;
import org.credence.problem.ProblemException;
import org.credence.registry.RegistryProblems;
import org.credence.security.Actors;

/**
 * Whether a person may be accredited: the receiving party may declare anyone not acceptable, at any
 * time and without giving reasons (VCDR art. 9), and lift it later; while declared, they cannot be
 * accredited to any mission.
 */
@Service
public class Acceptability {

	private final Persons persons;

	private final NotAcceptableDeclarations declarations;

	private final Host host;

	private final Actors actors;

	private final Clock clock;

	private final Journal journal;

	Acceptability(Persons persons, NotAcceptableDeclarations declarations, Host host, Actors actors, Clock clock,
			Journal journal) {
		this.persons = persons;
		this.declarations = declarations;
		this.host = host;
		this.actors = actors;
		this.clock = clock;
		this.journal = journal;
	}

	/** The person is not acceptable from that instant until it is lifted. */
	@Transactional
	public NotAcceptable declare(UUID personId, OffsetDateTime from, String reason) {
		Person person = persons.lock(personId);
		Optional<NotAcceptable> standing = declarations.standing(personId);
		if (standing.isPresent()) {
			throw unchanged(person.nameLatin() + " is already declared not acceptable, since "
					+ host.describe(standing.get().declaredFrom()) + ".")
				.saying("declared")
				.with("personName", person.nameLatin())
				.with("notAcceptableSince", host.local(standing.get().declaredFrom()));
		}
		declarations.reachingInto(personId, from).ifPresent(earlier -> {
			throw new ProblemException(RegistryProblems.INVALID_DATES, "A declaration from " + host.describe(from)
					+ " would overlap the one lifted at " + host.describe(earlier.liftedAt()) + ".")
				.saying("declaration-overlap")
				.with("from", host.local(from))
				.with("liftedAt", host.local(earlier.liftedAt()));
		});
		NotAcceptable declaration = new NotAcceptable(UUID.randomUUID(), personId, from, reason,
				OffsetDateTime.now(clock), actors.current(), null, null, null, null);
		declarations.add(declaration);
		journal.append("person.declared-not-acceptable", "person", personId, declaration);
		return declaration;
	}

	/** The person is acceptable again from that instant on. */
	@Transactional
	public NotAcceptable lift(UUID personId, OffsetDateTime at, String reason) {
		Person person = persons.lock(personId);
		NotAcceptable standing = declarations.standing(personId)
			.orElseThrow(() -> unchanged(person.nameLatin() + " is not declared not acceptable.").saying("not-declared")
				.with("personName", person.nameLatin()));
		if (!at.isAfter(standing.declaredFrom())) {
			throw new ProblemException(RegistryProblems.INVALID_DATES, "The declaration can be lifted only after it took "
					+ "effect, " + host.describe(standing.declaredFrom()) + ".")
				.saying("lift-before-declaration")
				.with("notAcceptableSince", host.local(standing.declaredFrom()));
		}
		NotAcceptable lifted = standing.lifted(at, reason, OffsetDateTime.now(clock), actors.current());
		declarations.lift(lifted);
		journal.append("person.not-acceptable-lifted", "person", personId,
				Map.of("before", standing, "after", lifted));
		return lifted;
	}

	/**
	 * A person locked for a decision on a position from some instant, with the first declaration that
	 * reaches into the time from then on (null if none), both read in one query.
	 */
	public record Candidate(Person person, NotAcceptable declaration) {
	}

	/** Locks the person as {@link Persons#lock} does, reading with them what {@link #requireAcceptable} needs. */
	public Candidate lockCandidate(UUID personId, OffsetDateTime from) {
		return persons.lockCandidate(personId, from);
	}

	/** Refuses an accreditation of the person from that instant on while a declaration covers any of that time. */
	public void requireAcceptable(Candidate candidate, OffsetDateTime from) {
		Person person = candidate.person();
		Optional.ofNullable(candidate.declaration()).ifPresent(declaration -> {
			throw new ProblemException(RegistryProblems.PERSON_NOT_ACCEPTABLE, person.nameLatin()
					+ " was declared not acceptable from " + host.describe(declaration.declaredFrom())
					+ (declaration.liftedAt() == null ? " and cannot be accredited to any mission until that is lifted."
							: " until " + host.describe(declaration.liftedAt()) + ", which covers a position from "
									+ host.describe(from) + "."))
				.saying(declaration.liftedAt() == null ? "detail" : "lifted-later")
				.with("person", person.id())
				.with("personName", person.nameLatin())
				.with("notAcceptableSince", host.local(declaration.declaredFrom()))
				.with("liftedAt", host.local(declaration.liftedAt()))
				.with("from", host.local(from))
				.with("rule", "VCDR art. 9: persona non grata");
		});
	}

	private static ProblemException unchanged(String detail) {
		return new ProblemException(RegistryProblems.ACCEPTABILITY_UNCHANGED, detail);
	}
}
