package org.credence.registry.person;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A declaration that a person is not acceptable (persona non grata, VCDR art. 9), in force from
 * {@code declaredFrom} until {@code liftedAt} (null while it stands).
 */
@NamedInterface("person")
public record NotAcceptable(UUID id, UUID personId, OffsetDateTime declaredFrom, String reason,
		OffsetDateTime recordedAt, String recordedBy, OffsetDateTime liftedAt, String liftReason,
		OffsetDateTime liftRecordedAt, String liftRecordedBy) {

	NotAcceptable lifted(OffsetDateTime at, String why, OffsetDateTime now, String by) {
		return new NotAcceptable(id, personId, declaredFrom, reason, recordedAt, recordedBy, at, why, now, by);
	}
}
