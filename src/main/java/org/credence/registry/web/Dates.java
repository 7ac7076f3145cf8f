package org.credence.registry.web;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.credence.host.Host;

/**
 * Instants as the receiving party's clocks show them: a bare yyyy-mm-dd date at local midnight,
 * otherwise to the minute, which is as precise as a reader of the registry needs.
 */
record Dates(Host host) {

	public String show(OffsetDateTime instant) {
		return instant == null ? "" : host.describe(instant.truncatedTo(ChronoUnit.MINUTES));
	}
}
