package org.credence.decisions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** All acts of an adopted decision were applied, taking effect at {@code takesEffectAt}. */
public record DecisionApplied(UUID decision, String proposedBy, List<String> states, OffsetDateTime takesEffectAt) {
}
