package org.credence.credentials;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A mission administrator's request that a card be renewed; approved once the new card is issued. */
record RenewalRequest(UUID id, UUID credentialId, UUID missionId, OffsetDateTime requestedAt, String requestedBy,
		String reason, OffsetDateTime approvedAt, String approvedBy, UUID renewedBy) {
}
