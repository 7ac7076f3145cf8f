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

	/** A request (a notification of arrival) for a position from {@code requestedStart}, recorded at {@code recordedAt}. */
	static Accreditation request(UUID personId, UUID missionId, StaffCategory category, String title, String function,
			OffsetDateTime requestedStart, OffsetDateTime recordedAt) {
		return new Accreditation(UUID.randomUUID(), personId, missionId, category, title, function, requestedStart, null,
				null, AccreditationStatus.REQUESTED, null, null, recordedAt, null, null);
	}

	/** The request approved: active from {@code from}, with the credential issued, if any. */
	Accreditation approved(OffsetDateTime from, String credential, OffsetDateTime credentialExpiresAt) {
		return new Accreditation(id, personId, missionId, category, title, function, requestedStart, from, null,
				AccreditationStatus.ACTIVE, credential, credentialExpiresAt, recordedAt, null, null);
	}

	/** The request refused: it never started. */
	Accreditation refused() {
		return ended(AccreditationStatus.REFUSED, null, null);
	}

	/** Ended by the mission's notification of a final departure, at {@code at}. */
	Accreditation departureNotified(OffsetDateTime at) {
		return ended(AccreditationStatus.ENDED, at, null);
	}

	/** Withdrawn by the receiving party at {@code at}; the person must leave by {@code departureDeadline}. */
	Accreditation withdrawn(OffsetDateTime at, LocalDate departureDeadline) {
		return ended(AccreditationStatus.WITHDRAWN, at, departureDeadline);
	}

	/** Withdrawn, and the person confirmed gone on that day. */
	Accreditation departed(LocalDate on) {
		return new Accreditation(id, personId, missionId, category, title, function, requestedStart, start, end, status,
				credentialNumber, credentialExpires, recordedAt, departureDeadline, on);
	}

	private Accreditation ended(AccreditationStatus newStatus, OffsetDateTime newEnd, LocalDate newDepartureDeadline) {
		return new Accreditation(id, personId, missionId, category, title, function, requestedStart, start, newEnd,
				newStatus, credentialNumber, credentialExpires, recordedAt, newDepartureDeadline, null);
	}
}
