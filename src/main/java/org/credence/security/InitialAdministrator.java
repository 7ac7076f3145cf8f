package org.credence.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first start of an empty registry creates one administrator, "admin", with the password from
 * {@code credence.admin.initial-password}, or else a random one written once to the log. There is
 * no default password: a registry nobody has configured must not open with a guessable one.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

	static final String NAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final String configuredPassword;

	private final ApplicationEventPublisher events;

	private final PasswordRules passwords;

	InitialAdministrator(Accounts accounts, PasswordEncoder encoder, Clock clock,
			@Value("${credence.admin.initial-password:}") String configuredPassword, ApplicationEventPublisher events,
			PasswordRules passwords) {
		this.passwords = passwords;
		this.accounts = accounts;
		this.events = events;
		this.encoder = encoder;
		this.clock = clock;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (accounts.any()) {
			return;
		}
		boolean configured = !configuredPassword.isBlank();
		if (configured) {
			// Refused like any other password: a weak one configured by mistake must not open the registry.
			passwords.problem(configuredPassword).ifPresent(problem -> {
				throw new IllegalStateException("credence.admin.initial-password " + problem);
			});
		}
		String password = configured ? configuredPassword : randomPassword();
		Account administrator = new Account(UUID.randomUUID(), NAME, AccountKind.PERSON, encoder.encode(password), Role.ADMINISTRATOR, null,
				null, true, 0, null, clock.instant(), "system");
		accounts.add(administrator);
		events.publishEvent(new AccountEvent.AccountCreated(administrator.id(), NAME, AccountKind.PERSON, Role.ADMINISTRATOR, null, null));
		if (configured) {
			log.info("First start: created the administrator '{}' with the password from credence.admin.initial-password", NAME);
		}
		else {
			log.warn("First start: created the administrator '{}' with the password {} — it is shown only this once", NAME,
					password);
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
