package org.credence.decisions;

import java.util.List;
import java.util.UUID;

/** A member state broke silence ({@code brokenBy}): the council decision is not adopted. */
public record DecisionNotAdopted(UUID decision, String proposedBy, List<String> states, String brokenBy) {
}
