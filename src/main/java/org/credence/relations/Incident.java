package org.credence.relations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A dated act of one party against another. A party is an ISO 3166-1 alpha-3 state or
 * {@link Parties#HOST}, the receiving party; {@code answers} is the incident it was a response to;
 * {@code counts} are persons per staff category (or UNSPECIFIED when the sources do not say);
 * {@code decision} is the receiving party's decision it was recorded from, if any.
 */
record Incident(UUID id, IncidentKind kind, String title, String acting, String affected, LocalDate occurredOn,
		LocalDate deadlineToLeave, String grounds, UUID answers, String classification, OffsetDateTime recordedAt,
		String recordedBy, Map<String, Integer> counts, List<UUID> persons, UUID decision) {

	int total() {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	boolean between(String one, String other) {
		return acting.equals(one) && affected.equals(other) || acting.equals(other) && affected.equals(one);
	}
}
