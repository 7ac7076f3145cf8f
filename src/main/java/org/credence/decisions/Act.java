package org.credence.decisions;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.credence.registry.StaffCategory;

/**
 * One act of a decision. A withdrawal, approval or refusal names an accreditation; a ceiling or a
 * measure against a mission names the mission, a ceiling also its total and any per-category limits;
 * a declaration of non-acceptability, or its lifting, names a person. A withdrawal has the day by the
 * end of which the person must leave, and so has a declaration about a person who holds a position.
 */
record Act(ActKind kind, UUID accreditationId, UUID missionId, Integer total, LocalDate departureDeadline,
		UUID personId, Map<StaffCategory, Integer> categories) {

	Act {
		categories = categories == null ? Map.of() : Map.copyOf(categories);
	}

	/** An act that names no person and sets no per-category limit. */
	Act(ActKind kind, UUID accreditationId, UUID missionId, Integer total, LocalDate departureDeadline) {
		this(kind, accreditationId, missionId, total, departureDeadline, null, Map.of());
	}
}
