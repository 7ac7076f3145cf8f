package org.credence.screening;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.credence.screening.matching.Reason;

/** A list entry a check found, as it stood then, and what a security officer decided of it. */
record Hit(UUID id, UUID checkId, UUID personId, String list, String entry, String entryDigest, String entryName,
		String queryName, String matchedName, BigDecimal score, List<Reason> reasons, HitState state,
		OffsetDateTime decidedAt, String decidedBy, String decisionReason) {

	Hit {
		reasons = List.copyOf(reasons);
	}

	Hit decided(HitState decision, OffsetDateTime at, String by, String reason) {
		return new Hit(id, checkId, personId, list, entry, entryDigest, entryName, queryName, matchedName, score, reasons,
				decision, at, by, reason);
	}
}
