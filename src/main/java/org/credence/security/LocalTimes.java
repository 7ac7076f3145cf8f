package org.credence.security;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.credence.host.Host;

/** Instants of the account pages as the receiving party's clocks show them, to the minute. */
record LocalTimes(Host host) {

	public String show(Instant instant) {
		return instant == null ? "" : host.describe(instant.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
	}
}
