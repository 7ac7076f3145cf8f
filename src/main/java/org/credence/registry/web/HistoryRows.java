package org.credence.registry.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.Accreditations;
import org.credence.registry.history.HistoryEntry;

/**
 * History entries with the accreditation they concern, so that pages can name its staff category
 * in the reader's language instead of the code the journal's summary carries.
 */
@Component
class HistoryRows {

	private final Accreditations accreditations;

	HistoryRows(Accreditations accreditations) {
		this.accreditations = accreditations;
	}

	/** One entry of a history table; {@code accreditation} is null for entries about a mission or person. */
	record Row(HistoryEntry entry, Accreditation accreditation) {
	}

	List<Row> of(List<HistoryEntry> entries) {
		Map<UUID, Optional<Accreditation>> concerned = new HashMap<>();
		return entries.stream()
			.map(entry -> new Row(entry, entry.accreditationId() == null ? null
					: concerned.computeIfAbsent(entry.accreditationId(), accreditations::find).orElse(null)))
			.toList();
	}
}
