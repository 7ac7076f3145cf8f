package org.credence.intake;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A job the server was running when it stopped (killed, or the machine lost) wrote nothing, since an
 * import is one transaction; at the next start it is said FAILED rather than left running for ever,
 * so that the office sends the file again. One instance runs the jobs (see the README).
 */
@Component
class InterruptedJobs {

	private static final Logger LOG = LoggerFactory.getLogger(InterruptedJobs.class);

	private final IntakeJobs jobs;

	private final Clock clock;

	InterruptedJobs(IntakeJobs jobs, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void failInterrupted() {
		int failed = jobs.failRunning(OffsetDateTime.now(clock));
		if (failed > 0) {
			LOG.warn("{} intake job(s) were running when the server stopped: said FAILED, nothing of them was written",
					failed);
		}
	}
}
