package org.credence.credentials;

import org.springframework.http.HttpStatus;

import org.credence.problem.ProblemKind;

/** What the credentials' rules refuse, each with a stable type. */
final class CredentialProblems {

	static final ProblemKind NOT_HELD = new ProblemKind("credential-accreditation-not-held",
			"A card is issued for an accreditation held now only", HttpStatus.CONFLICT);

	static final ProblemKind ALREADY_ISSUED = new ProblemKind("credential-already-issued",
			"The accreditation already has a card in its holder's hands", HttpStatus.CONFLICT);

	static final ProblemKind NOT_IN_HANDS = new ProblemKind("credential-not-in-hands",
			"The card is no longer in its holder's hands", HttpStatus.CONFLICT);

	static final ProblemKind RENEWAL_PENDING = new ProblemKind("credential-renewal-pending",
			"A renewal of the card has already been requested", HttpStatus.CONFLICT);

	static final ProblemKind RENEWAL_APPROVED = new ProblemKind("credential-renewal-approved",
			"The renewal has already been approved", HttpStatus.CONFLICT);

	static final ProblemKind TOO_MANY_VERIFICATIONS = new ProblemKind("too-many-verifications",
			"Too many verifications from this address", HttpStatus.TOO_MANY_REQUESTS);

	private CredentialProblems() {
	}
}
