package org.credence.registry.accreditation;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.credence.host.Host;
import org.credence.host.HostTime;

/** The instant of an "as of" question: a date means 00:00 of that day in the receiving party's zone. */
public final class AsOf {

	private AsOf() {
	}

	public static OffsetDateTime parse(String asOf, Host host, Clock clock) {
		OffsetDateTime at = HostTime.query("asOf", asOf, host, clock);
		return at == null ? OffsetDateTime.now(clock) : at;
	}
}
