package org.credence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The registry's "now": the system clock, except on the thread that loads the demo data at the
 * first start, for which the loader stands it at the past instants the reference case happened at,
 * so that every service stamps and checks its work as it would have then. Every other thread (a
 * request, the decision scheduler) keeps real time meanwhile. Once released it is the system clock
 * for good: nothing can move the registry's time after start-up.
 */
public final class RegistryClock extends Clock {

	private final Clock system;

	private final ThreadLocal<Instant> pinned = new ThreadLocal<>();

	private volatile boolean released;

	public RegistryClock(Clock system) {
		this.system = system;
	}

	/** Stands the clock at a past instant for the calling thread; refused once released, and for the future. */
	public synchronized void pin(Instant at) {
		if (released) {
			throw new IllegalStateException("The registry's clock was released at start-up; it follows real time");
		}
		if (at.isAfter(system.instant())) {
			throw new IllegalArgumentException("The clock may stand only at a past instant, not at " + at);
		}
		pinned.set(at);
	}

	/** Real time from now on, whether or not the clock was ever pinned. */
	public synchronized void release() {
		pinned.remove();
		released = true;
	}

	@Override
	public Instant instant() {
		// Released means real time on every thread, including one that pinned and never unpinned.
		Instant at = released ? null : pinned.get();
		return at == null ? system.instant() : at;
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	/** The same time, pinned or not, read in another zone. */
	@Override
	public Clock withZone(ZoneId zone) {
		RegistryClock registry = this;
		return new Clock() {

			@Override
			public Instant instant() {
				return registry.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return registry.withZone(other);
			}
		};
	}
}
