package org.credence.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ErrorHandler;

/**
 * The pollers (journal sealer every 250 ms, decision application, deadline warnings) fail on every
 * run while the database is down: one line each time says so, where a stack trace four times a
 * second would bury whatever else the log has to say. Any other failure keeps its stack trace.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledFailures {

	private static final Logger log = LoggerFactory.getLogger(ScheduledFailures.class);

	static final ErrorHandler HANDLER = failure -> {
		if (DatabaseUnavailable.explains(failure)) {
			log.warn("A scheduled task could not reach the database and will run again: {}", failure.getMessage());
		}
		else {
			log.error("A scheduled task failed", failure);
		}
	};

	@Bean
	ThreadPoolTaskSchedulerCustomizer databaseDownInOneLine() {
		return scheduler -> scheduler.setErrorHandler(HANDLER);
	}
}
