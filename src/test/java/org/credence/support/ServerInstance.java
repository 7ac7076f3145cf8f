package org.credence.support;

import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import org.credence.CredenceApplication;

/**
 * One more server of the application, started in this JVM on the test run's database (the embedded
 * PostgreSQL is one per JVM; an external one is named by the same environment) with a clock of its
 * own, and closed to show what survives a restart: only what is in the database. It keeps the data:
 * it is started as production is, so Spring Boot's test filter leaves the test configuration (and
 * its clean-then-migrate) out of it, and cleaning is disabled in case it ever came back.
 */
public final class ServerInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final MutableClock clock;

	private ServerInstance(ConfigurableApplicationContext context, MutableClock clock) {
		this.context = context;
		this.clock = clock;
	}

	/** A server started with its clock at that instant; close it (try-with-resources). */
	public static ServerInstance start(Instant now) {
		return start(now, new String[0]);
	}

	/**
	 * As {@link #start(Instant)}, with more arguments, e.g. {@code --spring.datasource.url=} for a
	 * database of the test's own.
	 */
	public static ServerInstance start(Instant now, String... arguments) {
		MutableClock clock = new MutableClock();
		clock.set(now);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CredenceApplication.class)
			// Preferred to the application's system clock, which stays defined as in production.
			.initializers(application -> ((GenericApplicationContext) application).registerBean("serverInstanceClock",
					Clock.class, () -> clock, definition -> definition.setPrimary(true)))
			// Arguments, as they override the test configuration files.
			.run(Stream.concat(Stream.of("--server.port=0", "--spring.flyway.clean-disabled=true"), Stream.of(arguments))
				.toArray(String[]::new));
		return new ServerInstance(context, clock);
	}

	/** The clock of this server alone. */
	public MutableClock clock() {
		return clock;
	}

	/** A bean of this server, e.g. to run one of its pollers: in the tests, none runs by itself. */
	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** Its beans, for a test helper that reaches a class its module does not make public. */
	public ConfigurableApplicationContext context() {
		return context;
	}

	/** The caller's calls sent to this server. */
	public Api api(Api caller) {
		return caller.to(context.getEnvironment());
	}

	/** Stops the server: nothing it held in memory survives. */
	@Override
	public void close() {
		context.close();
	}
}
