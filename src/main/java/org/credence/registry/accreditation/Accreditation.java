package org.credence.registry.accreditation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

import org.credence.registry.StaffCategory;

/**
 * A person's position at a mission. Its period runs from {@code start} (inclusive) to {@code end}
 * (exclusive, open while null): valid time, as notified, however late. A withdrawn accreditation
 * also has the day by the end of which the person must have left, and the day they did, once confirmed.
 */
@NamedInterface("accreditation")
public record Accreditation(UUID id, UUID personId, UUID missionId, StaffCategory category, String title,
		String function, OffsetDateTime requestedStart, OffsetDateTime start, OffsetDateTime end,
		AccreditationStatus status, String credentialNumber, OffsetDateTime credentialExpires,
		OffsetDateTime recordedAt, LocalDate departureDeadline,
		LocalDate departedOn) {

	/** Ended in that status at {@code end} (refused: never started), with a departure deadline if withdrawn. */
	Accreditation withStatus(AccreditationStatus newStatus, OffsetDateTime newEnd, LocalDate newDepartureDeadline) {
		return new Accreditation(id, personId, missionId, category, title, function, requestedStart, start, newEnd,
				newStatus, credentialNumber, credentialExpires, recordedAt, newDepartureDeadline, null);
	}

	/** Withdrawn, and the person confirmed gone on that day. */
	Accreditation departed(LocalDate on) {
		return new Accreditation(id, personId, missionId, category, title, function, requestedStart, start, end, status,
				credentialNumber, credentialExpires, recordedAt, departureDeadline, on);
	}
}
