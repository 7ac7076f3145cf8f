package org.credence.decisions;

import org.springframework.http.HttpStatus;

import org.credence.problem.ProblemKind;

/** The rules of decisions that a request can break, each with its stable problem type. */
final class DecisionProblems {

	static final ProblemKind WRONG_STEP = new ProblemKind("decision-wrong-step",
			"The decision is not at a step that allows this", HttpStatus.CONFLICT);

	static final ProblemKind WRONG_AUTHORITY = new ProblemKind("decision-wrong-authority",
			"The decision is taken by another authority", HttpStatus.CONFLICT);

	static final ProblemKind DEADLINE_PASSED = new ProblemKind("decision-deadline-passed",
			"The deadline of the silence procedure has passed", HttpStatus.CONFLICT);

	static final ProblemKind ALREADY_ANSWERED = new ProblemKind("decision-already-answered",
			"The member state has already answered", HttpStatus.CONFLICT);

	static final ProblemKind NOT_CIRCULATED_TO_STATE = new ProblemKind("decision-not-circulated-to-state",
			"The decision was not circulated to the caller's member state", HttpStatus.FORBIDDEN);

	static final ProblemKind NOT_PROPOSER = new ProblemKind("decision-not-proposer",
			"Only the proposer may do this", HttpStatus.FORBIDDEN);

	private DecisionProblems() {
	}
}
