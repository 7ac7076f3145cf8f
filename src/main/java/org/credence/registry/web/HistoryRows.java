package org.credence.registry.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.Accreditations;
import org.credence.registry.history.DecisionNames;
import org.credence.registry.history.HistoryEntry;

/**
 * History entries with what they concern in words: the accreditation, so that pages name its staff
 * category in the reader's language instead of the code the journal's summary carries, and the
 * decision that took effect or that a recorded reason cites, by its reference rather than its id.
 */
@Component
class HistoryRows {

	private final Accreditations accreditations;

	private final DecisionNames decisionNames;

	HistoryRows(Accreditations accreditations, DecisionNames decisionNames) {
		this.accreditations = accreditations;
		this.decisionNames = decisionNames;
	}

	/**
	 * One entry of a history table; {@code accreditation} is null for entries about a mission or
	 * person; {@code decision} is the decision it tells of, with its {@code reference}, or null; then
	 * {@code reason} is what else was recorded, without the decision's id.
	 */
	record Row(HistoryEntry entry, Accreditation accreditation, UUID decision, String reference, String reason) {
	}

	/** The accreditations and the decisions' references read for all the entries at once, however many. */
	List<Row> of(List<HistoryEntry> entries, Locale locale) {
		Map<UUID, Accreditation> concerned = accreditations.byId(entries.stream()
			.map(HistoryEntry::accreditationId)
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		Map<UUID, String> references = decisionNames.references(entries.stream()
			.map(HistoryRows::decision)
			.flatMap(Optional::stream)
			.distinct()
			.toList(), locale);
		return entries.stream().map(entry -> {
			Accreditation accreditation = entry.accreditationId() == null ? null : concerned.get(entry.accreditationId());
			UUID decision = decision(entry).orElse(null);
			String reason = DecisionNames.cited(entry.reason()).isPresent() ? null : entry.reason();
			return new Row(entry, accreditation, decision, decision == null ? null : references.get(decision), reason);
		}).toList();
	}

	private static Optional<UUID> decision(HistoryEntry entry) {
		return entry.decisionId() != null ? Optional.of(entry.decisionId()) : DecisionNames.cited(entry.reason());
	}
}
