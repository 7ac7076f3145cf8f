package org.credence.decisions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A council decision went to the member states of the day ({@code states}), to answer by the deadline. */
public record DecisionCirculated(UUID decision, String proposedBy, List<String> states, OffsetDateTime deadline) {
}
