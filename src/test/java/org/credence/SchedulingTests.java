package org.credence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import org.credence.support.CredenceTest;

/**
 * The pollers run on their schedule unless {@code credence.scheduling.enabled} is false, as in the
 * tests, which call them directly.
 */
@CredenceTest
class SchedulingTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(SchedulingConfiguration.class, Poller.class);

	@Autowired
	ApplicationContext testContext;

	@Test
	void pollersAreScheduledUnlessTurnedOff() {
		runner.run(context -> assertThat(scheduled(context.getBean(ScheduledTaskHolder.class)))
			.containsExactly(Poller.class.getName() + ".poll"));
		runner.withPropertyValues("credence.scheduling.enabled=true")
			.run(context -> assertThat(context).hasSingleBean(ScheduledTaskHolder.class));
		runner.withPropertyValues("credence.scheduling.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(ScheduledTaskHolder.class));
	}

	@Test
	void theTestsRunNoPollerAndTheApplicationHasThese() {
		assertThat(testContext.getBeansOfType(ScheduledTaskHolder.class)).isEmpty();
		// What scheduling would register, found as it finds them; registered only, never started.
		ScheduledAnnotationBeanPostProcessor scheduling = new ScheduledAnnotationBeanPostProcessor();
		testContext.getBeansOfType(Object.class, false, false)
			.forEach((name, bean) -> scheduling.postProcessAfterInitialization(bean, name));
		try {
			assertThat(scheduled(scheduling)).containsExactlyInAnyOrder("org.credence.audit.JournalSealer.sealOnSchedule",
					"org.credence.decisions.DecisionEnactment.poll", "org.credence.notices.DeadlineWarnings.poll",
					"org.credence.intake.InterruptedJobs.renew");
		}
		finally {
			scheduling.destroy();
		}
	}

	private static Set<String> scheduled(ScheduledTaskHolder holder) {
		return holder.getScheduledTasks().stream().map(Object::toString).collect(Collectors.toSet());
	}

	static class Poller {

		@Scheduled(fixedDelay = 3_600_000, initialDelay = 3_600_000)
		void poll() {
		}
	}
}
