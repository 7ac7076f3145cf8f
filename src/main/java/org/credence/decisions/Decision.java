package org.credence.decisions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A decision as stored. {@code effectiveAt} null means "when adopted"; {@code decidedAt} is when it
 * was adopted or not; {@code circulatedOn} is the day whose member states were asked; a revised draft
 * {@code replaces} the previous version.
 */
record Decision(UUID id, Authority authority, DecisionStatus status, String grounds, String classification,
		OffsetDateTime effectiveAt, String proposedBy, OffsetDateTime draftedAt, LocalDate circulatedOn,
		OffsetDateTime deadline, OffsetDateTime decidedAt, String signedBy, OffsetDateTime appliedAt,
		String applicationProblem, UUID replaces, int version) {

	/** When its acts take effect: the effective instant, or adoption if that comes later. */
	OffsetDateTime takesEffectAt() {
		if (effectiveAt == null || decidedAt != null && decidedAt.isAfter(effectiveAt)) {
			return decidedAt;
		}
		return effectiveAt;
	}

	Decision circulated(LocalDate on, OffsetDateTime until) {
		return new Decision(id, authority, DecisionStatus.CIRCULATED, grounds, classification, effectiveAt, proposedBy,
				draftedAt, on, until, decidedAt, signedBy, appliedAt, applicationProblem, replaces,
				version);
	}

	/** Adopted, not adopted or withdrawn at that instant; {@code signer} for an executive signature. */
	Decision decided(DecisionStatus outcome, OffsetDateTime at, String signer) {
		return new Decision(id, authority, outcome, grounds, classification, effectiveAt, proposedBy, draftedAt,
				circulatedOn, deadline, at, signer, appliedAt, applicationProblem, replaces, version);
	}

	Decision applied(OffsetDateTime at) {
		return new Decision(id, authority, status, grounds, classification, effectiveAt, proposedBy, draftedAt,
				circulatedOn, deadline, decidedAt, signedBy, at, applicationProblem, replaces, version);
	}

	Decision notApplicable(String problem) {
		return new Decision(id, authority, status, grounds, classification, effectiveAt, proposedBy, draftedAt,
				circulatedOn, deadline, decidedAt, signedBy, appliedAt, problem, replaces, version);
	}
}
