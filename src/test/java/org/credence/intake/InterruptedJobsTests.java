package org.credence.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.CredenceTest;
import org.credence.support.MutableClock;

/**
 * A job left running by a server that stopped is said FAILED, and when, once its lease has run out;
 * a job of a server still at work, which renews its lease, is left to run.
 */
@CredenceTest
class InterruptedJobsTests {

	@Autowired
	IntakeJobs jobs;

	@Autowired
	InterruptedJobs interrupted;

	@Autowired
	MutableClock clock;

	@Test
	void aJobRunningWhenItsServerStoppedIsSaidFailedOnceItsLeaseRanOut() {
		clock.set(Instant.parse("2021-10-06T09:00:00Z"));
		IntakeJob job = job(OffsetDateTime.parse("2021-10-06T09:00:00Z"));
		jobs.start(job, "mission\n".getBytes(), UUID.randomUUID());
		clock.set(Instant.parse("2021-10-06T11:00:00Z"));

		interrupted.failInterrupted();

		IntakeJob after = jobs.find(job.id()).orElseThrow();
		assertThat(after.state()).isEqualTo(IntakeJob.State.FAILED);
		assertThat(after.finishedAt().toInstant()).isEqualTo(Instant.parse("2021-10-06T11:00:00Z"));
		assertThat(after.written()).isFalse();
	}

	@Test
	void aJobOfAServerStillAtWorkIsLeftRunning() {
		clock.set(Instant.parse("2021-10-07T09:00:00Z"));
		IntakeJob ours = job(OffsetDateTime.parse("2021-10-07T09:00:00Z"));
		jobs.start(ours, "mission\n".getBytes(), interrupted.runner());
		IntakeJob another = job(OffsetDateTime.parse("2021-10-07T09:00:30Z"));
		jobs.start(another, "mission\n".getBytes(), UUID.randomUUID());

		clock.set(Instant.parse("2021-10-07T09:01:00Z"));
		interrupted.renew();
		assertThat(jobs.find(ours.id()).orElseThrow().state()).isEqualTo(IntakeJob.State.RUNNING);
		assertThat(jobs.find(another.id()).orElseThrow().state()).as("its lease runs until 09:01:30")
			.isEqualTo(IntakeJob.State.RUNNING);

		clock.set(Instant.parse("2021-10-07T09:01:45Z"));
		interrupted.renew();
		assertThat(jobs.find(ours.id()).orElseThrow().state()).as("renewed at 09:01, past its start's lease")
			.isEqualTo(IntakeJob.State.RUNNING);
		assertThat(jobs.find(another.id()).orElseThrow().state()).as("its server renewed nothing")
			.isEqualTo(IntakeJob.State.FAILED);
	}

	private static IntakeJob job(OffsetDateTime startedAt) {
		return new IntakeJob(UUID.randomUUID(), false, IntakeJob.State.RUNNING, "records.csv", "00",
				LocalDate.parse("2021-10-01"), 2, 0, List.of(), false, 0, startedAt, "admin", null);
	}
}
