package org.credence.notices;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;

/** Puts a notice in each recipient's inbox and journals who was told what, in the caller's transaction. */
@Component
class NoticeDelivery {

	private final Notices notices;

	private final Journal journal;

	private final Clock clock;

	NoticeDelivery(Notices notices, Journal journal, Clock clock) {
		this.notices = notices;
		this.journal = journal;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void deliver(Collection<String> recipients, NoticeKind kind, UUID decision, Map<String, String> parameters) {
		Set<String> once = new LinkedHashSet<>(recipients);
		if (once.isEmpty()) {
			return;
		}
		notices.send(once, kind, decision, parameters, OffsetDateTime.now(clock));
		journal.append("notices.sent", "decision", decision,
				Map.of("kind", kind, "parameters", parameters, "recipients", once));
	}
}
