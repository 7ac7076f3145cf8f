package org.credence.relations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A source cited for an incident: for the incident as a whole ({@code fact} null) or for one
 * statement of fact about it, e.g. "18 diplomats expelled".
 */
record Citation(UUID id, UUID incidentId, String fact, Stance stance, String publisher, LocalDate publishedOn,
		String title, String address, OffsetDateTime recordedAt, String recordedBy) {

	enum Stance {
		REPORTS, CONFIRMS, DENIES
	}
}
