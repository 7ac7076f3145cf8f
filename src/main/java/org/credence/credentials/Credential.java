package org.credence.credentials;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.credence.registry.StaffCategory;

/**
 * An identity card: its number, the accreditation it was issued for, valid from {@code issuedAt}
 * (inclusive) to {@code expiresAt} (exclusive) while its state is {@link CredentialState#ISSUED}.
 * The photo itself is kept apart: {@code photoType} says whether there is one.
 */
record Credential(UUID id, String number, UUID accreditationId, UUID personId, UUID missionId,
		StaffCategory category, OffsetDateTime issuedAt, OffsetDateTime expiresAt, CredentialState state,
		OffsetDateTime stateSince, UUID replaces, String photoType, OffsetDateTime recordedAt) {

	/** In its holder's hands and within its dates at that instant; the accreditation is checked apart. */
	boolean validAt(OffsetDateTime at) {
		return state == CredentialState.ISSUED && !issuedAt.isAfter(at) && expiresAt.isAfter(at);
	}

	Credential inState(CredentialState newState, OffsetDateTime since) {
		return new Credential(id, number, accreditationId, personId, missionId, category, issuedAt, expiresAt, newState,
				since, replaces, photoType, recordedAt);
	}

	Credential withPhotoType(String type) {
		return new Credential(id, number, accreditationId, personId, missionId, category, issuedAt, expiresAt, state,
				stateSince, replaces, type, recordedAt);
	}
}
