package org.credence.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;

import org.credence.RegistryClock;
import org.credence.host.Host;

/** The registry's clock stood at past instants of the receiving party's day while the demo loads. */
@Component
class DemoTime {

	private final RegistryClock clock;

	private final Host host;

	DemoTime(RegistryClock clock, Host host) {
		this.clock = clock;
		this.host = host;
	}

	/** The clock at that local time of the receiving party (e.g. Brussels), returned as an instant of its zone. */
	OffsetDateTime at(String localDateTime) {
		OffsetDateTime at = LocalDateTime.parse(localDateTime).atZone(host.timeZone()).toOffsetDateTime();
		clock.pin(at.toInstant());
		return at;
	}

	/** The receiving party's midnight starting that day. */
	OffsetDateTime startOf(String day) {
		return host.startOf(LocalDate.parse(day));
	}

	/** The receiving party's day of that instant; the clock stays where it is. */
	LocalDate localDate(Instant instant) {
		return host.localDate(OffsetDateTime.ofInstant(instant, host.timeZone()));
	}

	/** The clock some days before the present, when the demo was (supposedly) being used. */
	LocalDate daysAgo(Instant present, int days) {
		Instant at = present.minusSeconds(days * 86_400L);
		clock.pin(at);
		return host.localDate(OffsetDateTime.ofInstant(at, host.timeZone()));
	}
}
