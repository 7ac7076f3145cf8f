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
	REFUSE
}
