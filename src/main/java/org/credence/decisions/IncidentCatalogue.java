package org.credence.decisions;

import java.util.Optional;
import java.util.UUID;

/**
 * The incidents a decision may cite as its grounds. The relations register keeps them and
 * implements this, so that decisions need not depend on it.
 */
public interface IncidentCatalogue {

	/** The incident's title, if the register has it. */
	Optional<String> title(UUID incident);
}
