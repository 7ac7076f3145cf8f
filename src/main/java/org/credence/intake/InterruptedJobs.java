package org.credence.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A job whose server stopped (killed, or the machine lost) wrote nothing, since an import is one
 * transaction; it is said FAILED rather than left running for ever, so that the office sends the
 * file again. Several instances share the jobs' table, so a job running is not enough to tell:
 * each instance holds a lease on the jobs it runs or has queued, renewed every
 * {@link #RENEWAL_MILLIS} ms, and any instance, at its start and then on each renewal, fails the
 * jobs whose lease ran out ({@link #LEASE}), never those of an instance still at work.
 */
@Component
class InterruptedJobs {

	static final long RENEWAL_MILLIS = 10_000;

	/** Six renewals missed: a server busy with a long import still renews (a thread of the scheduler). */
	static final Duration LEASE = Duration.ofMinutes(1);

	private static final Logger LOG = LoggerFactory.getLogger(InterruptedJobs.class);

	/** This instance, as the runner of its jobs; a new one at each start. */
	private final UUID runner = UUID.randomUUID();

	private final IntakeJobs jobs;

	private final Clock clock;

	InterruptedJobs(IntakeJobs jobs, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
	}

	UUID runner() {
		return runner;
	}

	@EventListener(ApplicationReadyEvent.class)
	void failInterrupted() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		int failed = jobs.failAbandoned(now, now.minus(LEASE));
		if (failed > 0) {
			LOG.warn("{} intake job(s) were running on a server that stopped: said FAILED, nothing of them was written",
					failed);
		}
	}

	@Scheduled(fixedDelay = RENEWAL_MILLIS)
	void renew() {
		jobs.renew(runner, OffsetDateTime.now(clock));
		failInterrupted();
	}
}
