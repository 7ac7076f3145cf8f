package org.credence.decisions;

/**
 * draft → adopted (signed by the executive) | circulated (to the council) | withdrawn;
 * circulated → adopted (silence kept or all concurred) | not adopted (silence broken) | withdrawn.
 */
enum DecisionStatus {
	DRAFT, CIRCULATED, ADOPTED, NOT_ADOPTED, WITHDRAWN
}
