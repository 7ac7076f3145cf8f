package org.credence.registry.mission;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

@NamedInterface("mission")
public record Mission(UUID id, String sendingState, String name, MissionKind kind, OffsetDateTime recordedAt,
		String recordedBy) {
}
