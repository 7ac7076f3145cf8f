package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.support.CredenceTest;

/** An empty registry gets one administrator, never with a password written in the code. */
@CredenceTest
class InitialAdministratorTests {

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void withoutAConfiguredPasswordARandomOneIsLoggedOnceAndNoSecondAdministratorIsMade() {
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		((Logger) LoggerFactory.getLogger(InitialAdministrator.class)).addAppender(log);
		InitialAdministrator firstStart = new InitialAdministrator(accounts, encoder, clock, "");
		transaction.executeWithoutResult(status -> {
			// Rolled back: the other tests' accounts are back afterwards.
			status.setRollbackOnly();
			jdbc.sql("delete from access_token").update();
			jdbc.sql("delete from account").update();

			firstStart.run(null);
			firstStart.run(null);

			assertThat(accounts.all()).singleElement().satisfies(admin -> assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR));
			assertThat(log.list).hasSize(1);
			String password = log.list.get(0).getArgumentArray()[1].toString();
			assertThat(password).hasSizeGreaterThanOrEqualTo(20);
			assertThat(encoder.matches(password, accounts.findByName("admin").orElseThrow().passwordHash())).isTrue();
		});
		((Logger) LoggerFactory.getLogger(InitialAdministrator.class)).detachAppender(log);
	}
}
