package org.credence.audit;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * How far the sealer lags behind the writers, read from the database when the metrics are scraped
 * (the unsealed entries have a partial index of their own): a backlog that grows, or an oldest entry
 * that keeps ageing, means no sealer runs, and entries stay out of the chain and of every checkpoint.
 */
@Component
class JournalMetrics implements MeterBinder {

	private final JournalEntries entries;

	private final Clock clock;

	JournalMetrics(JournalEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("credence.journal.unsealed", entries, unsealed -> unsealed.backlog().waiting())
			.description("Journal entries written and not yet sealed into the chain")
			.baseUnit("entries")
			.register(registry);
		Gauge.builder("credence.journal.unsealed.age", this, JournalMetrics::oldestAge)
			.description("Age of the oldest journal entry not yet sealed; 0 when every entry is sealed")
			.baseUnit("seconds")
			.register(registry);
	}

	private double oldestAge() {
		JournalEntries.Backlog backlog = entries.backlog();
		return backlog.oldest() == null ? 0
				: Math.max(0, Duration.between(backlog.oldest().toInstant(), clock.instant()).toMillis() / 1000.0);
	}
}
