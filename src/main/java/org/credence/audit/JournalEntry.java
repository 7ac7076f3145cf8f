package org.credence.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One entry as stored. {@code position} and {@code hash} are null until the entry is sealed;
 * {@code mac} is made when it is written ({@link EntryMac}), and null only for one never written by
 * the application. The
 * time and the change are written exactly as they are hashed, so that an export can be checked
 * without the database.
 */
public record JournalEntry(long id, Long position,
		@JsonFormat(shape = JsonFormat.Shape.STRING, pattern = ChainHash.TIME_PATTERN, timezone = "UTC") Instant recordedAt,
		String actor, String action, String subjectType, String subjectId, @JsonRawValue String change, String hash,
		String mac) {

	public boolean sealed() {
		return position != null;
	}
}
