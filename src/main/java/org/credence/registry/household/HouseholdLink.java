package org.credence.registry.household;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A person linked to a principal as a member of their household, from {@code linkedFrom} until
 * {@code linkedUntil} (exclusive, open while null), with the accreditation that ties them to the
 * principal's, and the conditions kept with their dates: full-time education, which moves a child's
 * age limit, and a permission to work.
 */
public record HouseholdLink(UUID id, UUID principalId, UUID memberId, UUID accreditationId, Relation relation,
		LocalDate linkedFrom, LocalDate linkedUntil, LocalDate educationUntil, LocalDate workPermittedFrom,
		LocalDate workPermittedUntil, OffsetDateTime recordedAt, String recordedBy) {

	HouseholdLink withConditions(LocalDate until, LocalDate education, LocalDate workFrom, LocalDate workUntil) {
		return new HouseholdLink(id, principalId, memberId, accreditationId, relation, linkedFrom, until, education,
				workFrom, workUntil, recordedAt, recordedBy);
	}
}
