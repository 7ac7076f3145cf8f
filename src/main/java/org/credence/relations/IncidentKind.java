package org.credence.relations;

/** What one party did to the other's diplomats or mission. */
enum IncidentKind {
	EXPULSION, COUNTER_EXPULSION, PERSONA_NON_GRATA, MISSION_CLOSURE, MISSION_CAP, MISSION_SUSPENSION,
	ACCREDITATION_REFUSAL
}
