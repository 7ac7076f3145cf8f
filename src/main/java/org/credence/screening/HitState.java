package org.credence.screening;

/**
 * Open until a security officer decides: cleared (not the same person) or confirmed. A manual
 * check's hits are noted only: the name typed is nobody's request.
 */
enum HitState {
	OPEN, CLEARED, CONFIRMED, NOTED
}
