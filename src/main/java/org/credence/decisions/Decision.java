package org.credence.decisions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.credence.host.Host;
import org.credence.problem.ProblemException;

/**
 * A decision as stored. {@code effectiveAt} null means "when adopted"; {@code decidedAt} is when it
 * was adopted or not; {@code circulatedOn} is the day whose member states were asked; a revised draft
 * {@code replaces} the previous version. Its steps and the deadline's rule are here
 * ({@link #require}); the services ask before they take a step. Its reference number, per authority
 * and year, is given at drafting and kept by its revisions (see {@link DecisionNumbers}).
 */
record Decision(UUID id, Authority authority, DecisionStatus status, String grounds, String classification,
		OffsetDateTime effectiveAt, String proposedBy, OffsetDateTime draftedAt, LocalDate circulatedOn,
		OffsetDateTime deadline, OffsetDateTime decidedAt, String signedBy, OffsetDateTime appliedAt,
		String applicationProblem, UUID replaces, int version, int referenceYear, int referenceNumber) {

	/** A new draft; {@code replaces} the decision it is the next version of, if any. */
	static Decision draft(UUID id, Authority authority, String grounds, String classification, OffsetDateTime effectiveAt,
			String proposedBy, OffsetDateTime draftedAt, UUID replaces, int version, DecisionNumber number) {
		return new Decision(id, authority, DecisionStatus.DRAFT, grounds, classification, effectiveAt, proposedBy,
				draftedAt, null, null, null, null, null, null, replaces, version, number.year(), number.number());
	}

	DecisionNumber number() {
		return new DecisionNumber(authority, referenceYear, referenceNumber);
	}

	/** When its acts take effect: the effective instant, or adoption if that comes later. */
	OffsetDateTime takesEffectAt() {
		if (effectiveAt == null || decidedAt != null && decidedAt.isAfter(effectiveAt)) {
			return decidedAt;
		}
		return effectiveAt;
	}

	/** Once circulated, the procedure ends at the deadline: silence kept until then adopts it. */
	boolean deadlinePassedAt(OffsetDateTime now) {
		return deadline != null && !now.isBefore(deadline);
	}

	/**
	 * Refuses the action at that instant unless the decision's step allows it and, for an action the
	 * deadline ends (answering, extending, withdrawing), the deadline has not passed: then the refusal
	 * names the deadline whatever step the decision shows, so that the answer does not depend on
	 * whether the poller has settled it yet. {@code host} tells the deadline in local time.
	 */
	void require(DecisionStatus.Action action, OffsetDateTime now, Host host) {
		if (action.endsAtDeadline() && deadlinePassedAt(now)) {
			throw new ProblemException(DecisionProblems.DEADLINE_PASSED,
					"The deadline, " + host.describe(deadline) + ", has passed.")
				.with("deadline", host.local(deadline));
		}
		if (!action.allowedFrom(status)) {
			throw new ProblemException(DecisionProblems.WRONG_STEP, "Only a decision that is " + action.fromWords()
					+ " can be " + action.done + "; this one is " + status.words() + ".")
				.saying(action.name())
				.with("decisionStatus", status);
		}
	}

	/** Circulated whose deadline has passed: silence was kept, and it was adopted at the deadline. */
	boolean adoptedBySilenceAt(OffsetDateTime now) {
		return status == DecisionStatus.CIRCULATED && deadlinePassedAt(now);
	}

	Decision circulated(LocalDate on, OffsetDateTime until) {
		return new Decision(id, authority, DecisionStatus.CIRCULATED, grounds, classification, effectiveAt, proposedBy,
				draftedAt, on, until, decidedAt, signedBy, appliedAt, applicationProblem, replaces, version, referenceYear,
				referenceNumber);
	}

	Decision extended(OffsetDateTime until) {
		return circulated(circulatedOn, until);
	}

	Decision signed(OffsetDateTime at, String signer) {
		return decided(DecisionStatus.ADOPTED, at, signer);
	}

	Decision adopted(OffsetDateTime at) {
		return decided(DecisionStatus.ADOPTED, at, null);
	}

	Decision notAdopted(OffsetDateTime at) {
		return decided(DecisionStatus.NOT_ADOPTED, at, null);
	}

	Decision withdrawn(OffsetDateTime at) {
		return decided(DecisionStatus.WITHDRAWN, at, null);
	}

	Decision applied(OffsetDateTime at) {
		return new Decision(id, authority, status, grounds, classification, effectiveAt, proposedBy, draftedAt,
				circulatedOn, deadline, decidedAt, signedBy, at, applicationProblem, replaces, version, referenceYear,
				referenceNumber);
	}

	Decision notApplicable(String problem) {
		return new Decision(id, authority, status, grounds, classification, effectiveAt, proposedBy, draftedAt,
				circulatedOn, deadline, decidedAt, signedBy, appliedAt, problem, replaces, version, referenceYear,
				referenceNumber);
	}

	private Decision decided(DecisionStatus outcome, OffsetDateTime at, String signer) {
		return new Decision(id, authority, outcome, grounds, classification, effectiveAt, proposedBy, draftedAt,
				circulatedOn, deadline, at, signer, appliedAt, applicationProblem, replaces, version, referenceYear,
				referenceNumber);
	}
}
