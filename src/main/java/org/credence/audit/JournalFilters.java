package org.credence.audit;

import java.time.Clock;

import org.springframework.stereotype.Component;

import org.credence.host.Host;

/** Reads a typed filter for the page, the API and the exports alike: days in the host's zone, names through their owners. */
@Component
class JournalFilters {

	private final JournalNames names;

	private final Host host;

	private final Clock clock;

	JournalFilters(JournalNames names, Host host, Clock clock) {
		this.names = names;
		this.host = host;
		this.clock = clock;
	}

	JournalFilter of(JournalQuery query) {
		return JournalFilter.parse(query, names::about, host, clock);
	}
}
