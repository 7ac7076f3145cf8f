package org.credence.decisions;

import java.util.List;
import java.util.UUID;

/** The proposer withdrew the decision; {@code states} had been asked (none if it was still a draft). */
public record DecisionWithdrawn(UUID decision, String proposedBy, List<String> states) {
}
