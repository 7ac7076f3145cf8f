package org.credence.registry;

import org.springframework.http.HttpStatus;

import org.credence.problem.ProblemKind;

/** The rules of the registry that a request can break, each with its stable problem type. */
public final class RegistryProblems {

	public static final ProblemKind CEILING_EXCEEDED = new ProblemKind("ceiling-exceeded",
			"The mission's ceiling would be exceeded", HttpStatus.UNPROCESSABLE_ENTITY);

	public static final ProblemKind MISSION_NOT_ACTIVE = new ProblemKind("mission-not-active",
			"The mission takes no new accreditations", HttpStatus.UNPROCESSABLE_ENTITY);

	public static final ProblemKind ONE_PERSON_ONE_POSITION = new ProblemKind("one-person-one-position",
			"The person already holds or has requested a position in that period", HttpStatus.CONFLICT);

	public static final ProblemKind NOT_PENDING = new ProblemKind("request-not-pending",
			"The accreditation is not in a state that allows this", HttpStatus.CONFLICT);

	public static final ProblemKind DUPLICATE = new ProblemKind("duplicate",
			"A record with the same identity already exists", HttpStatus.CONFLICT);

	public static final ProblemKind INVALID_DATES = new ProblemKind("invalid-dates",
			"The dates are in an impossible order", HttpStatus.UNPROCESSABLE_ENTITY);

	public static final ProblemKind MISSION_CLOSED = new ProblemKind("mission-closed",
			"A closed mission cannot change status", HttpStatus.CONFLICT);

	public static final ProblemKind STATUS_UNCHANGED = new ProblemKind("status-unchanged",
			"The mission already has that status", HttpStatus.CONFLICT);

	public static final ProblemKind PERSON_NOT_ACCEPTABLE = new ProblemKind("person-not-acceptable",
			"The person is declared not acceptable", HttpStatus.UNPROCESSABLE_ENTITY);

	public static final ProblemKind ACCEPTABILITY_UNCHANGED = new ProblemKind("acceptability-unchanged",
			"The person is already declared not acceptable, or is not declared so", HttpStatus.CONFLICT);

	public static final ProblemKind DECIDED_IN_REGISTRY = new ProblemKind("decided-in-registry",
			"The receiving party takes this measure by a decision in the registry", HttpStatus.CONFLICT);

	private RegistryProblems() {
	}
}
