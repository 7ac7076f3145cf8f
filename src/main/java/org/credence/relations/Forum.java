package org.credence.relations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.credence.host.Host;

/** A standing forum of dialogue between parties, e.g. the NATO–Russia Council. */
record Forum(UUID id, String name, LocalDate establishedOn, List<String> participants, String classification,
		OffsetDateTime recordedAt, String recordedBy) {

	/** As shown: recorded in the receiving party's time zone. */
	Forum local(Host host) {
		return new Forum(id, name, establishedOn, participants, classification, host.local(recordedAt), recordedBy);
	}
}
