package org.credence.notices;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.problem.ProblemException;
import org.credence.security.Actors;

/** The caller's own notices: nobody reads or marks anyone else's, whatever their role. */
@Service
class Inbox {

	static final int SHOWN = 200;

	private final Notices notices;

	private final Actors actors;

	private final Journal journal;

	private final Clock clock;

	Inbox(Notices notices, Actors actors, Journal journal, Clock clock) {
		this.notices = notices;
		this.actors = actors;
		this.journal = journal;
		this.clock = clock;
	}

	List<Notice> notices() {
		return notices.inbox(actors.current(), SHOWN);
	}

	int unread() {
		return notices.unread(actors.current());
	}

	/** Someone else's notice is not found, exactly like one that does not exist. */
	@Transactional
	Notice markRead(UUID id) {
		if (!notices.markRead(id, actors.current(), OffsetDateTime.now(clock))) {
			throw ProblemException.notFound("notice", id);
		}
		Notice read = notices.find(id).orElseThrow();
		journal.append("notice.read", "notice", id, Map.of("readAt", read.readAt()));
		return read;
	}

	/** How many were unread. */
	@Transactional
	int markAllRead() {
		int read = notices.markAllRead(actors.current(), OffsetDateTime.now(clock));
		if (read > 0) {
			journal.append("notices.read", "account", actors.current(), Map.of("notices", read));
		}
		return read;
	}
}
