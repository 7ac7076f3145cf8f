package org.credence.decisions;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * draft → adopted (signed by the executive) | circulated (to the council) | withdrawn;
 * circulated → adopted (silence kept or all concurred) | not adopted (silence broken) | withdrawn;
 * not adopted | withdrawn → revised, as the draft of its next version. {@link Decision#require} is
 * where every service asks whether a step may be taken.
 */
enum DecisionStatus {
	DRAFT, CIRCULATED, ADOPTED, NOT_ADOPTED, WITHDRAWN;

	/** As a sentence says it: "not adopted". */
	String words() {
		return name().toLowerCase().replace('_', ' ');
	}

	/** What a user does to a decision, and the steps it may be done from. */
	enum Action {
		SIGN("signed", DRAFT), CIRCULATE("circulated", DRAFT), EXTEND("given more time", CIRCULATED),
		ANSWER("answered", CIRCULATED), WITHDRAW("withdrawn", DRAFT, CIRCULATED), REVISE("revised", NOT_ADOPTED, WITHDRAWN);

		/** How the problem's detail says it is done: "Only a decision that is draft can be signed". */
		final String done;

		private final Set<DecisionStatus> from;

		Action(String done, DecisionStatus first, DecisionStatus... more) {
			this.done = done;
			this.from = EnumSet.of(first, more);
		}

		boolean allowedFrom(DecisionStatus status) {
			return from.contains(status);
		}

		/**
		 * Whether the silence procedure's deadline ends it: what may be done to a circulated decision may
		 * not be done once its deadline has passed, whatever step it shows, as the outcome the deadline
		 * brings is settled only when someone reads it.
		 */
		boolean endsAtDeadline() {
			return from.contains(CIRCULATED);
		}

		String fromWords() {
			return from.stream().map(DecisionStatus::words).collect(Collectors.joining(" or "));
		}
	}
}
