package org.credence.decisions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * All acts of an adopted decision were applied, taking effect at {@code takesEffectAt}; it was
 * adopted at {@code decidedAt}. {@code withdrawn} are the accreditations it withdrew.
 */
public record DecisionApplied(UUID decision, String proposedBy, List<String> states, OffsetDateTime decidedAt,
		OffsetDateTime takesEffectAt, String grounds, String classification, List<UUID> withdrawn) {
}
