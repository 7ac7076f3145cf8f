package org.credence.registry.history;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One fact in the history of a mission or a person: when it happened (valid time) and when the
 * registry recorded it, by whom.
 *
 * @param kind STATUS_CHANGED, CEILING_SET, PERSON_REGISTERED, DECLARED_NOT_ACCEPTABLE,
 *        NOT_ACCEPTABLE_LIFTED, DECISION_APPLIED or an accreditation event
 * @param detail the new status, the ceiling, the position concerned, or the authority of a decision
 * @param reason why, as recorded; for a decision, an excerpt of its grounds (not shown to a mission)
 * @param decisionId the decision, for DECISION_APPLIED
 */
public record HistoryEntry(OffsetDateTime occurredAt, OffsetDateTime recordedAt, String recordedBy, String kind,
		UUID missionId, String missionName, UUID personId, String personName, UUID accreditationId, String detail,
		String reason, UUID decisionId) {
}
