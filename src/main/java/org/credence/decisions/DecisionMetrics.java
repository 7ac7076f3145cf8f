package org.credence.decisions;

import java.time.Clock;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Whether decisions take effect when they should: those applied (counted once their transaction
 * commits, so a rolled-back attempt is not), and those adopted, due and still waiting, read from the
 * database at each scrape. A due count that stays above zero means no poller applies them.
 */
@Component
class DecisionMetrics {

	private final Counter applied;

	DecisionMetrics(MeterRegistry registry, Decisions decisions, Clock clock) {
		this.applied = Counter.builder("credence.decisions.applied")
			.description("Adopted decisions applied at their effective instant")
			.register(registry);
		Gauge.builder("credence.decisions.due", decisions, due -> due.dueCount(OffsetDateTime.now(clock)))
			.description("Adopted decisions whose effective instant has come and which are not yet applied")
			.register(registry);
	}

	@TransactionalEventListener
	void on(DecisionApplied event) {
		applied.increment();
	}
}
