package org.credence.registry.history;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A decision that took effect, as the registry is told of it: which authority took it, a summary of
 * its grounds, and the missions and persons its acts concern, in whose histories it appears.
 */
@NamedInterface("history")
public record AppliedDecision(UUID decisionId, OffsetDateTime effectiveAt, String authority, String summary,
		Set<UUID> missionIds, Set<UUID> personIds) {
}
