package org.credence.decisions;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.credence.host.Host;

/**
 * Instants of the decision pages as the receiving party's clocks show them, always with the zone:
 * a deadline or an effective instant at midnight is still a time of day, unlike a registry date.
 */
record DecisionTimes(Host host) {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	public String show(OffsetDateTime instant) {
		return instant == null ? "" : MINUTES.format(instant.atZoneSameInstant(host.timeZone())) + " "
				+ host.timeZone().getId();
	}
}
