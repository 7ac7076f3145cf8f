package org.credence.decisions;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells other modules what happened to a decision. Published in the transaction of the step, so
 * a listener of that transaction sees the step if and only if it is committed.
 */
@Component
class DecisionEvents {

	private final ApplicationEventPublisher publisher;

	private final DecisionActs decisionActs;

	private final MemberAnswers memberAnswers;

	DecisionEvents(ApplicationEventPublisher publisher, DecisionActs decisionActs, MemberAnswers memberAnswers) {
		this.publisher = publisher;
		this.decisionActs = decisionActs;
		this.memberAnswers = memberAnswers;
	}

	void circulated(Decision d) {
		publisher.publishEvent(new DecisionCirculated(d.id(), d.proposedBy(), asked(d), d.deadline()));
	}

	void extended(Decision before, Decision after) {
		List<String> silent = memberAnswers.of(after.id()).stream()
			.filter(member -> member.answer() == null)
			.map(MemberAnswer::state)
			.toList();
		publisher.publishEvent(new DeadlineExtended(after.id(), after.proposedBy(), silent, before.deadline(),
				after.deadline()));
	}

	void adopted(Decision d, DecisionAdopted.By by) {
		publisher.publishEvent(new DecisionAdopted(d.id(), d.proposedBy(), asked(d), by));
	}

	/** Not adopted: the one break of silence ends the procedure, so there is exactly one. */
	void notAdopted(Decision d) {
		List<MemberAnswer> answers = memberAnswers.of(d.id());
		String brokenBy = answers.stream()
			.filter(member -> member.answer() == MemberAnswer.Answer.BREAK_SILENCE)
			.map(MemberAnswer::state)
			.findFirst()
			.orElseThrow();
		publisher.publishEvent(new DecisionNotAdopted(d.id(), d.proposedBy(),
				answers.stream().map(MemberAnswer::state).toList(), brokenBy));
	}

	void applied(Decision d) {
		List<UUID> withdrawn = decisionActs.of(d.id()).stream()
			.filter(act -> act.kind() == ActKind.WITHDRAW)
			.map(Act::accreditationId)
			.toList();
		publisher.publishEvent(new DecisionApplied(d.id(), d.proposedBy(), asked(d), d.decidedAt(), d.takesEffectAt(),
				d.grounds(), d.classification(), withdrawn));
	}

	void withdrawn(Decision d) {
		publisher.publishEvent(new DecisionWithdrawn(d.id(), d.proposedBy(), asked(d)));
	}

	private List<String> asked(Decision d) {
		return memberAnswers.of(d.id()).stream().map(MemberAnswer::state).toList();
	}
}
