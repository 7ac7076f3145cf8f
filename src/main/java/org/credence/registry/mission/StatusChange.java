package org.credence.registry.mission;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.credence.registry.MissionStatus;

/** A mission's status from an instant on, until the next change. */
public record StatusChange(UUID missionId, OffsetDateTime effectiveFrom, MissionStatus status, String reason,
		OffsetDateTime recordedAt, String recordedBy) {
}
