package org.credence.decisions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The proposer gave more time; {@code silentStates} are those asked that have not answered yet. */
public record DeadlineExtended(UUID decision, String proposedBy, List<String> silentStates, OffsetDateTime from,
		OffsetDateTime to) {
}
