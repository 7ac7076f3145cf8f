package org.credence.registry.mission;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.credence.registry.StaffCategory;

/** The most positions a mission may hold from an instant on: in all, and optionally per category. */
public record Ceiling(UUID id, UUID missionId, OffsetDateTime effectiveFrom, int total, Map<StaffCategory, Integer> categories,
		String reason, OffsetDateTime recordedAt, String recordedBy) {
}
