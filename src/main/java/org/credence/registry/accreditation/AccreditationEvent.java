package org.credence.registry.accreditation;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One change of an accreditation: what happened and when (valid time), and when it was recorded, by whom. */
public record AccreditationEvent(long id, UUID accreditationId, Kind kind, OffsetDateTime occurredAt, String reason,
		OffsetDateTime recordedAt, String recordedBy) {

	public enum Kind {
		REQUESTED, APPROVED, REFUSED, DEPARTURE_NOTIFIED, WITHDRAWN, DEPARTURE_CONFIRMED
	}
}
