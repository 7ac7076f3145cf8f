package org.credence.screening;

import org.springframework.http.HttpStatus;

import org.credence.problem.ProblemKind;

/** What screening refuses, each with its stable problem type. */
final class ScreeningProblems {

	static final ProblemKind PENDING = new ProblemKind("screening-pending",
			"The person has a screening hit that a security officer has not yet decided", HttpStatus.UNPROCESSABLE_ENTITY);

	static final ProblemKind MATCH_CONFIRMED = new ProblemKind("screening-match-confirmed",
			"A security officer confirmed that the person is on a watch list", HttpStatus.UNPROCESSABLE_ENTITY);

	static final ProblemKind ALREADY_DECIDED = new ProblemKind("screening-hit-decided",
			"The hit was already cleared or confirmed", HttpStatus.CONFLICT);

	private ScreeningProblems() {
	}
}
