package org.credence.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.host.Host;
import org.credence.problem.ProblemException;
import org.credence.security.Actors;

/**
 * The council's consensus by silence: a draft goes to every state that is a member on the day of
 * circulation, with a deadline. One break of silence and it is not adopted; it is adopted as soon as
 * every member has concurred, or when the deadline passes in silence. That last outcome needs no
 * one to act, so it is settled whenever the decision is read and by the scheduler.
 */
@Service
class SilenceProcedure {

	private final Decisions decisions;

	private final MemberAnswers memberAnswers;

	private final Host host;

	private final Actors actors;

	private final Clock clock;

	private final Journal journal;

	private final DecisionEvents events;

	SilenceProcedure(Decisions decisions, MemberAnswers memberAnswers, Host host, Actors actors, Clock clock,
			Journal journal, DecisionEvents events) {
		this.decisions = decisions;
		this.memberAnswers = memberAnswers;
		this.host = host;
		this.actors = actors;
		this.clock = clock;
		this.journal = journal;
		this.events = events;
	}

	@Transactional
	Decision circulate(UUID id, OffsetDateTime deadline) {
		Decision decision = decisions.lock(id);
		if (decision.authority() != Authority.COUNCIL) {
			throw new ProblemException(DecisionProblems.WRONG_AUTHORITY,
					"This decision is the executive's; it is signed, not circulated to the council.")
				.saying("executive");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		decision.require(DecisionStatus.Action.CIRCULATE, now, host);
		if (!deadline.isAfter(now)) {
			throw ProblemException.invalid("deadline", "must be after now, " + host.describe(now));
		}
		LocalDate today = host.localDate(now);
		List<String> members = host.membersOn(today).stream().map(Host.Member::state).toList();
		Decision circulated = decision.circulated(today, deadline);
		decisions.update(circulated);
		memberAnswers.ask(id, members);
		journal.append("decision.circulated", "decision", id, Map.of("decision", circulated, "members", members));
		events.circulated(circulated);
		return circulated;
	}

	/** The proposer may give the members more time, before the deadline has passed. */
	@Transactional
	Decision extend(UUID id, OffsetDateTime deadline) {
		Decision decision = decisions.lock(id);
		if (!decision.proposedBy().equals(actors.current())) {
			throw new ProblemException(DecisionProblems.NOT_PROPOSER,
					"Only the proposer, " + decision.proposedBy() + ", may extend the deadline.")
				.saying("extend")
				.with("proposer", decision.proposedBy());
		}
		decision.require(DecisionStatus.Action.EXTEND, OffsetDateTime.now(clock), host);
		if (!deadline.isAfter(decision.deadline())) {
			throw ProblemException.invalid("deadline", "must be after the present deadline, " + host.describe(decision.deadline()));
		}
		Decision extended = decision.extended(deadline);
		decisions.update(extended);
		journal.append("decision.deadline-extended", "decision", id,
				Map.of("from", decision.deadline(), "to", deadline));
		events.extended(decision, extended);
		return extended;
	}

	/**
	 * The decisions at that step concerning the mission and the person (each filter left out when
	 * null), newest first, each outcome due by its deadline settled first.
	 */
	@Transactional
	List<Decision> list(DecisionStatus status, UUID mission, UUID person) {
		decisions.pastDeadline(OffsetDateTime.now(clock)).forEach(this::settle);
		return decisions.all(status, mission, person);
	}

	/**
	 * A delegate answers for their own member state, once, before the deadline. Breaking silence says
	 * why: the statement is part of that answer, not an option.
	 */
	@Transactional
	Decision answer(UUID id, MemberAnswer.Answer answer, String statement) {
		if (answer == MemberAnswer.Answer.BREAK_SILENCE && (statement == null || statement.isBlank())) {
			throw ProblemException.invalid("statement", "is required to break silence");
		}
		Decision decision = decisions.lock(id);
		OffsetDateTime now = OffsetDateTime.now(clock);
		decision.require(DecisionStatus.Action.ANSWER, now, host);
		String state = actors.memberState().orElse("none");
		MemberAnswer asked = memberAnswers.of(id).stream()
			.filter(member -> member.state().equals(state))
			.findFirst()
			.orElseThrow(() -> new ProblemException(DecisionProblems.NOT_CIRCULATED_TO_STATE, "The decision was circulated on "
					+ decision.circulatedOn() + " to the members of that day; " + state + " was not one of them.")
				.with("circulatedOn", decision.circulatedOn()));
		if (asked.answer() != null) {
			throw new ProblemException(DecisionProblems.ALREADY_ANSWERED,
					state + " already answered " + asked.answer() + " at " + host.describe(asked.answeredAt()) + ".")
				.with("answer", asked.answer())
				.with("answeredAt", host.local(asked.answeredAt()));
		}
		MemberAnswer given = new MemberAnswer(state, answer, statement, now, actors.current());
		memberAnswers.answer(id, given);
		journal.append("decision.answered", "decision", id, given);
		return decide(decision, now);
	}

	/** The outcome of a circulated decision whose deadline has passed in silence. */
	@Transactional
	Decision settle(UUID id) {
		Decision decision = decisions.lock(id);
		if (!decision.adoptedBySilenceAt(OffsetDateTime.now(clock))) {
			return decision;
		}
		Decision adopted = decision.adopted(decision.deadline());
		decisions.update(adopted);
		// The deadline adopted it, not whoever reads it first.
		journal.appendBySystem("decision.adopted", "decision", id, Map.of("decision", adopted, "by", "silence"));
		events.adopted(adopted, DecisionAdopted.By.SILENCE);
		return adopted;
	}

	private Decision decide(Decision decision, OffsetDateTime now) {
		List<MemberAnswer> answers = memberAnswers.of(decision.id());
		if (answers.stream().anyMatch(a -> a.answer() == MemberAnswer.Answer.BREAK_SILENCE)) {
			Decision rejected = decision.notAdopted(now);
			decisions.update(rejected);
			journal.append("decision.not-adopted", "decision", decision.id(), rejected);
			events.notAdopted(rejected);
			return rejected;
		}
		if (answers.stream().allMatch(a -> a.answer() == MemberAnswer.Answer.CONCUR)) {
			Decision adopted = decision.adopted(now);
			decisions.update(adopted);
			journal.append("decision.adopted", "decision", decision.id(), Map.of("decision", adopted, "by", "concurrence"));
			events.adopted(adopted, DecisionAdopted.By.CONCURRENCE);
			return adopted;
		}
		return decision;
	}
}
