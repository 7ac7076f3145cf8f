package org.credence.decisions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.audit.Journal;
import org.credence.problem.ProblemException;
import org.credence.registry.MissionStatus;
import org.credence.registry.Registry;
import org.credence.registry.accreditation.AccreditationManagement;
import org.credence.registry.accreditation.Departures;
import org.credence.registry.accreditation.PersonaNonGrata;
import org.credence.registry.history.DecisionNames;
import org.credence.registry.mission.MissionManagement;

/**
 * Enacts adopted decisions: applies each once it is due, all of its acts in one transaction, which
 * also marks it applied, so it is applied exactly once whichever instance or restart gets there.
 * The schedule lives in the database (adopted, unapplied decisions), not in memory: a server that
 * starts again applies at once what fell due while it was down, each at its own effective instant.
 */
@Service
class DecisionEnactment {

	private static final Logger log = LoggerFactory.getLogger(DecisionEnactment.class);

	private final Decisions decisions;

	private final DecisionActs decisionActs;

	private final SilenceProcedure procedure;

	private final AccreditationManagement accreditations;

	private final Departures departures;

	private final MissionManagement missions;

	private final PersonaNonGrata nonGrata;

	private final DecisionSubjects subjects;

	private final Registry registry;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Journal journal;

	private final DecisionEvents events;

	DecisionEnactment(Decisions decisions, DecisionActs decisionActs, SilenceProcedure procedure,
			AccreditationManagement accreditations, Departures departures, MissionManagement missions,
			PersonaNonGrata nonGrata, DecisionSubjects subjects, Registry registry, TransactionTemplate transaction,
			Clock clock, Journal journal, DecisionEvents events) {
		this.decisions = decisions;
		this.decisionActs = decisionActs;
		this.procedure = procedure;
		this.accreditations = accreditations;
		this.departures = departures;
		this.missions = missions;
		this.nonGrata = nonGrata;
		this.subjects = subjects;
		this.registry = registry;
		this.transaction = transaction;
		this.clock = clock;
		this.journal = journal;
		this.events = events;
	}

	@Scheduled(fixedDelay = 5000, initialDelay = 5000)
	void poll() {
		applyDue();
	}

	/** Before the first poll: a decision that fell due while the server was down waits no longer. */
	@EventListener(ApplicationReadyEvent.class)
	void catchUp() {
		try {
			int applied = applyDue();
			if (applied > 0) {
				log.info("Applied {} decision(s) that fell due while the server was down", applied);
			}
		}
		catch (RuntimeException e) {
			// The server still serves the registry; the poller tries again.
			log.error("Could not apply the decisions due at start-up", e);
		}
	}

	/** Settles the procedures whose deadline has passed, then applies every decision due: how many. */
	int applyDue() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		decisions.pastDeadline(now).forEach(procedure::settle);
		int applied = 0;
		while (true) {
			try {
				Optional<UUID> next = transaction.execute(status -> decisions.lockNextDue(now).map(this::apply));
				if (next.isEmpty()) {
					return applied;
				}
				applied++;
			}
			catch (NotApplicable e) {
				// The acts were rolled back together; the decision is set aside rather than retried forever.
				transaction.executeWithoutResult(status -> refuse(decisions.lock(e.decision), e.problem));
			}
		}
	}

	private UUID apply(Decision decision) {
		OffsetDateTime at = decision.takesEffectAt();
		String reason = DecisionNames.reason(decision.id());
		List<Act> acts = decisionActs.of(decision.id());
		for (Act act : acts) {
			try {
				switch (act.kind()) {
					case WITHDRAW -> departures.withdraw(act.accreditationId(), at, act.departureDeadline(), reason);
					case SET_CEILING -> missions.setCeiling(act.missionId(), at, act.total(), act.categories(), reason);
					case APPROVE -> accreditations.approve(act.accreditationId(), null, null, null);
					case REFUSE -> accreditations.refuse(act.accreditationId(), reason);
					case SUSPEND_MISSION -> missions.changeStatus(act.missionId(), MissionStatus.SUSPENDED, at, reason);
					case RESUME_MISSION -> missions.changeStatus(act.missionId(), MissionStatus.ACTIVE, at, reason);
					case CLOSE_MISSION -> missions.changeStatus(act.missionId(), MissionStatus.CLOSED, at, reason);
					case DECLARE_NOT_ACCEPTABLE -> nonGrata.declare(act.personId(), at, act.departureDeadline(), reason);
					case LIFT_NOT_ACCEPTABLE -> nonGrata.lift(act.personId(), at, reason);
				}
			}
			catch (ProblemException e) {
				throw new NotApplicable(decision.id(), e);
			}
		}
		registry.record(subjects.of(decision, at, acts));
		Decision applied = decision.applied(OffsetDateTime.now(clock));
		decisions.update(applied);
		journal.append("decision.applied", "decision", decision.id(), applied);
		events.applied(applied);
		return decision.id();
	}

	private void refuse(Decision decision, ProblemException e) {
		log.warn("Decision {} cannot be applied: {}", decision.id(), e.getMessage());
		Decision refused = decision.notApplicable(e.getMessage());
		decisions.update(refused);
		journal.append("decision.not-applicable", "decision", decision.id(), refused);
	}

	/** A rule of the registry refused one of the decision's acts (e.g. the request was decided meanwhile). */
	private static final class NotApplicable extends RuntimeException {

		private final UUID decision;

		private final ProblemException problem;

		NotApplicable(UUID decision, ProblemException problem) {
			super(problem.getMessage(), problem);
			this.decision = decision;
			this.problem = problem;
		}
	}
}
