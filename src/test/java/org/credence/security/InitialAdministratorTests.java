package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
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

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void withoutAConfiguredPasswordARandomOneIsLoggedOnceAndNoSecondAdministratorIsMade() {
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		((Logger) LoggerFactory.getLogger(InitialAdministrator.class)).addAppender(log);
		InitialAdministrator firstStart = new InitialAdministrator(accounts, encoder, clock, "", events, new PasswordRules());
		transaction.executeWithoutResult(status -> {
			// Rolled back: the other tests' accounts are back afterwards.
			status.setRollbackOnly();
			jdbc.sql("delete from access_token").update();
			jdbc.sql("delete from calendar_address").update();
			jdbc.sql("delete from account").update();

			firstStart.run(null);
			firstStart.run(null);

			assertThat(accounts.all()).singleElement().satisfies(admin -> assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR));
			assertThat(log.list).hasSize(1);
			String password = log.list.get(0).getArgumentArray()[1].toString();
			assertThat(password).hasSizeGreaterThanOrEqualTo(20);
			Account admin = accounts.findByName("admin").orElseThrow();
			assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
			assertThat(jdbc.sql("select actor from journal_entry where action = 'account.created' and subject_id = ?")
				.param(admin.id().toString())
				.query(String.class)
				.list()).containsExactly("system");
		});
		((Logger) LoggerFactory.getLogger(InitialAdministrator.class)).detachAppender(log);
	}

	@Test
	void aConfiguredPasswordAgainstThePasswordRulesStopsTheFirstStart() {
		InitialAdministrator firstStart = new InitialAdministrator(accounts, encoder, clock, "qwerty123456", events,
				new PasswordRules());
		transaction.executeWithoutResult(status -> {
			status.setRollbackOnly();
			jdbc.sql("delete from access_token").update();
			jdbc.sql("delete from calendar_address").update();
			jdbc.sql("delete from account").update();

			assertThatThrownBy(() -> firstStart.run(null)).isInstanceOf(IllegalStateException.class)
				.hasMessage("credence.admin.initial-password is a commonly used password: choose another");
			assertThat(accounts.all()).isEmpty();
		});
	}
}
