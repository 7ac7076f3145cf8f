package org.credence.screening.matching;

/** As the lists give it; a difference is evidence against a match, never proof. */
public enum Gender {
	MALE, FEMALE
}
