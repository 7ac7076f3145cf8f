package org.credence.screening;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One screening of a person, or of a name typed by a security officer (no person), as asked. */
record Check(UUID id, UUID personId, Occasion occasion, Map<String, Object> query, BigDecimal threshold,
		OffsetDateTime checkedAt, String checkedBy) {
}
