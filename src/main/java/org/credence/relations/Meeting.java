package org.credence.relations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.credence.host.Host;

/** A meeting a forum held, at a level (ambassadors, ministers…), on topics. */
record Meeting(UUID id, UUID forumId, LocalDate heldOn, String level, String topics, String classification,
		OffsetDateTime recordedAt, String recordedBy) {

	/** As shown: recorded in the receiving party's time zone. */
	Meeting local(Host host) {
		return new Meeting(id, forumId, heldOn, level, topics, classification, host.local(recordedAt), recordedBy);
	}
}
