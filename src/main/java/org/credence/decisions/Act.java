package org.credence.decisions;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One act of a decision. A withdrawal, approval or refusal names an accreditation; a ceiling or a
 * measure against a mission names the mission, a ceiling also its total; a withdrawal also has the
 * day by the end of which the person must leave.
 */
record Act(ActKind kind, UUID accreditationId, UUID missionId, Integer total, LocalDate departureDeadline) {
}
