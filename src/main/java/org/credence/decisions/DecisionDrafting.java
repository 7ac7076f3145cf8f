package org.credence.decisions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.host.Host;
import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;
import org.credence.security.Actors;

/** Drafting a decision, the executive's signature, and the proposer's withdrawal of a draft. */
@Service
class DecisionDrafting {

	private final Decisions decisions;

	private final DecisionActs decisionActs;

	private final DecisionSettings settings;

	private final ActRequirements requirements;

	private final Host host;

	private final Actors actors;

	private final Clock clock;

	private final Journal journal;

	private final DecisionEvents events;

	private final CitedIncidents cited;

	private final IncidentCatalogue catalogue;

	private final DecisionNumbers numbers;

	DecisionDrafting(Decisions decisions, DecisionActs decisionActs, DecisionSettings settings,
			ActRequirements requirements, Host host, Actors actors, Clock clock, Journal journal, DecisionEvents events,
			CitedIncidents cited, IncidentCatalogue catalogue, DecisionNumbers numbers) {
		this.numbers = numbers;
		this.decisions = decisions;
		this.decisionActs = decisionActs;
		this.settings = settings;
		this.requirements = requirements;
		this.host = host;
		this.actors = actors;
		this.clock = clock;
		this.journal = journal;
		this.events = events;
		this.cited = cited;
		this.catalogue = catalogue;
	}

	/**
	 * A new draft, or with {@code replaces} the next version of a decision not adopted or withdrawn,
	 * citing incidents of the relations register as its grounds (none: an empty list).
	 */
	@Transactional
	Decision draft(String grounds, String classification, OffsetDateTime effectiveAt, List<Act> acts, UUID replaces,
			List<UUID> incidents) {
		requireKnown(incidents);
		requirements.requireApplicable(acts);
		Decision previous = replaces == null ? null : revisable(replaces);
		Authority authority = settings.authorityFor(acts);
		OffsetDateTime now = OffsetDateTime.now(clock);
		// A revision by another authority (its acts changed) is a new matter for that authority: a number of its own.
		DecisionNumber number = previous != null && previous.authority() == authority ? previous.number()
				: numbers.next(authority, now);
		Decision decision = Decision.draft(UUID.randomUUID(), authority, grounds.trim(), classification.trim(),
				effectiveAt, actors.current(), now, replaces, previous == null ? 1 : previous.version() + 1, number);
		decisions.add(decision);
		decisionActs.add(decision.id(), acts);
		cited.cite(decision.id(), incidents);
		journal.append("decision.drafted", "decision", decision.id(),
				Map.of("decision", decision, "acts", acts, "incidents", incidents));
		return decision;
	}

	private void requireKnown(List<UUID> incidents) {
		List<InvalidField> invalid = new ArrayList<>();
		for (int i = 0; i < incidents.size(); i++) {
			if (incidents.indexOf(incidents.get(i)) < i) {
				invalid.add(new InvalidField("incidents[" + i + "]", "is cited twice"));
			}
			else if (catalogue.find(incidents.get(i)).isEmpty()) {
				invalid.add(new InvalidField("incidents[" + i + "]", "is not an incident of the relations register"));
			}
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
	}

	/** The executive's signature adopts an executive decision: one action. */
	@Transactional
	Decision sign(UUID id) {
		Decision decision = decisions.lock(id);
		if (decision.authority() != Authority.EXECUTIVE) {
			throw new ProblemException(DecisionProblems.WRONG_AUTHORITY,
					"This decision needs the council; it is adopted by the silence procedure, not signed.")
				.saying("council");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		decision.require(DecisionStatus.Action.SIGN, now, host);
		Decision signed = decision.signed(now, actors.current());
		decisions.update(signed);
		journal.append("decision.signed", "decision", id, signed);
		events.adopted(signed, DecisionAdopted.By.SIGNATURE);
		return signed;
	}

	/** The proposer may withdraw a draft, or a circulated one before its deadline. */
	@Transactional
	Decision withdraw(UUID id) {
		Decision decision = decisions.lock(id);
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (!decision.proposedBy().equals(actors.current())) {
			throw new ProblemException(DecisionProblems.NOT_PROPOSER,
					"Only the proposer, " + decision.proposedBy() + ", may withdraw this decision.")
				.saying("withdraw")
				.with("proposer", decision.proposedBy());
		}
		decision.require(DecisionStatus.Action.WITHDRAW, now, host);
		Decision withdrawn = decision.withdrawn(now);
		decisions.update(withdrawn);
		journal.append("decision.withdrawn", "decision", id, withdrawn);
		events.withdrawn(withdrawn);
		return withdrawn;
	}

	private Decision revisable(UUID id) {
		Decision previous = decisions.lock(id);
		previous.require(DecisionStatus.Action.REVISE, OffsetDateTime.now(clock), host);
		decisions.revisionOf(id).ifPresent(revision -> {
			throw new ProblemException(DecisionProblems.WRONG_STEP,
					"The decision was already revised: version " + (previous.version() + 1) + " is " + revision + ".")
				.saying("revised")
				.with("revision", revision)
				.with("version", previous.version() + 1);
		});
		return previous;
	}
}
