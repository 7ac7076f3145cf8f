package org.credence.screening;

/** Why a person was screened: each of these can bring a hit that was not there before. */
enum Occasion {
	REGISTERED, ARRIVAL, NAMES_CHANGED, LIST_VERSION, MANUAL
}
