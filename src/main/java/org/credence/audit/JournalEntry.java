package org.credence.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One entry as stored. {@code position} and {@code hash} are null until the entry is sealed;
 * {@code mac} is made when it is written ({@link EntryMac}), and null only for one never written by
 * the application. The change is written exactly as it is hashed, and the time is the same instant
 * as the hashed one (written, like every instant of the API, in the receiving party's offset), so
 * that an export can be checked without the database.
 */
public record JournalEntry(long id, Long position,
		Instant recordedAt, String actor, String action, String subjectType, String subjectId,
		@Schema(types = "object", description = "The record, or its state before and after, as JSON") @JsonRawValue String change,
		String hash, String mac) {

	public boolean sealed() {
		return position != null;
	}
}
