package org.credence.decisions;

/** What one act of a decision does; each kind has an authority (see {@link DecisionSettings}). */
enum ActKind {

	/** End an active accreditation at the effective instant, with a departure deadline. */
	WITHDRAW,

	/** Set a mission's ceiling (total positions) from the effective instant. */
	SET_CEILING,

	/** Approve a pending request. */
	APPROVE,

	/** Refuse a pending request. */
	REFUSE,

	/** Suspend a mission from the effective instant: it takes no new accreditations. */
	SUSPEND_MISSION,

	/** Resume a suspended mission from the effective instant. */
	RESUME_MISSION,

	/** Close a mission for good from the effective instant. */
	CLOSE_MISSION,

	/**
	 * Declare a person not acceptable (VCDR art. 9) from the effective instant: a position they hold is
	 * withdrawn, and they cannot be accredited to any mission until it is lifted.
	 */
	DECLARE_NOT_ACCEPTABLE,

	/** Lift a declaration of non-acceptability: the person may be accredited again from the effective instant. */
	LIFT_NOT_ACCEPTABLE;

	/** Whether the act is about a whole mission rather than one accreditation. */
	boolean concernsMission() {
		return this == SET_CEILING || this == SUSPEND_MISSION || this == RESUME_MISSION || this == CLOSE_MISSION;
	}

	/** Whether the act is about a person, whatever position they hold or ask for. */
	boolean concernsPerson() {
		return this == DECLARE_NOT_ACCEPTABLE || this == LIFT_NOT_ACCEPTABLE;
	}
}
