package org.credence.notices;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One notice to one person about one decision; unread while {@code readAt} is null. */
record Notice(UUID id, String recipient, NoticeKind kind, UUID decision, Map<String, String> parameters,
		OffsetDateTime createdAt, OffsetDateTime readAt) {
}
