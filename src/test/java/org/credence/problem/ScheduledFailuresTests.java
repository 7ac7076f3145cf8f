package org.credence.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** A poller that cannot reach the database logs one line per run; any other failure its stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class ScheduledFailuresTests {

	@Test
	void aPollerWithoutItsDatabaseLogsOneLineAndAnyOtherFailureItsStackTrace(CapturedOutput output) {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		new ScheduledFailures().databaseDownInOneLine().customize(scheduler);
		scheduler.initialize();
		try {
			scheduler.schedule(() -> {
				throw new CannotGetJdbcConnectionException("Connection is not available, request timed out after 1000ms");
			}, Instant.now());
			await().atMost(Duration.ofSeconds(10)).until(() -> output.getAll().contains("could not reach the database"));
			assertThat(output.getAll()).contains("request timed out after 1000ms")
				.doesNotContain("CannotGetJdbcConnectionException", "\tat ");

			scheduler.schedule(() -> {
				throw new IllegalStateException("a bug in a poller");
			}, Instant.now());
			await().atMost(Duration.ofSeconds(10)).until(() -> output.getAll().contains("A scheduled task failed"));
			assertThat(output.getAll()).contains("java.lang.IllegalStateException: a bug in a poller", "\tat ");
		}
		finally {
			scheduler.shutdown();
		}
	}
}
