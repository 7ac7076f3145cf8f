package org.credence.credentials;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.credence.registry.StaffCategory;

/**
 * A card as the API and the pages show it, with its holder and mission named. It expires at the
 * start of {@code expiresOn} in the receiving party's time zone. For a card due back, {@code dueBy}
 * is the day by the end of which it had to be returned, and {@code daysLate} how long ago that was.
 */
@Schema(name = "Credential")
record CredentialView(UUID id, String number, UUID accreditationId, UUID personId, String personName, UUID missionId,
		String missionName, StaffCategory category, OffsetDateTime issuedAt, LocalDate expiresOn,
		CredentialState state, OffsetDateTime stateSince, UUID replaces, boolean hasPhoto, LocalDate dueBy,
		Long daysLate) {
}
