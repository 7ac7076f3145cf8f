package org.credence.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The incidents a decision may cite as its grounds. The relations register keeps them and
 * implements this, so that decisions need not depend on it.
 */
public interface IncidentCatalogue {

	/** An incident as a draft offers it for citing, and as a decision lists it: when, and what. */
	record Citable(UUID id, LocalDate occurredOn, String title) {
	}

	/** The incident, if the register has it. */
	Optional<Citable> find(UUID incident);

	/** The latest incidents, the most recent first, at most that many. */
	List<Citable> recent(int limit);
}
