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

/** A job left running by a server that stopped is said FAILED at the next start, and when. */
@CredenceTest
class InterruptedJobsTests {

	@Autowired
	IntakeJobs jobs;

	@Autowired
	InterruptedJobs interrupted;

	@Autowired
	MutableClock clock;

	@Test
	void aJobRunningWhenTheServerStoppedIsSaidFailedAtTheNextStart() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		IntakeJob job = new IntakeJob(UUID.randomUUID(), false, IntakeJob.State.RUNNING, "records.csv", "00",
				LocalDate.parse("2021-10-01"), 2, 0, List.of(), false, 0,
				OffsetDateTime.parse("2021-10-06T09:00:00Z"), "admin", null);
		jobs.start(job, "mission\n".getBytes());
		clock.set(Instant.parse("2021-10-06T11:00:00Z"));

		interrupted.failInterrupted();

		IntakeJob after = jobs.find(job.id()).orElseThrow();
		assertThat(after.state()).isEqualTo(IntakeJob.State.FAILED);
		assertThat(after.finishedAt().toInstant()).isEqualTo(Instant.parse("2021-10-06T11:00:00Z"));
		assertThat(after.written()).isFalse();
	}
}
