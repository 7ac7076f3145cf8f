package org.credence.registry.history;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One fact in the history of a mission or a person: when it happened (valid time) and when the
 * registry recorded it, by whom.
 *
 * @param kind STATUS_CHANGED, CEILING_SET, PERSON_REGISTERED or an accreditation event
 * @param detail the new status, the ceiling, or the position concerned
 */
public record HistoryEntry(OffsetDateTime occurredAt, OffsetDateTime recordedAt, String recordedBy, String kind,
		UUID missionId, String missionName, UUID personId, String personName, UUID accreditationId, String detail,
		String reason) {
}
