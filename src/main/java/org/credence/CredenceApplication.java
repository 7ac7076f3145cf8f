package org.credence;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import org.credence.audit.JournalVerificationCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CredenceApplication {

	public static void main(String[] args) {
		if (JournalVerificationCommand.requested(args)) {
			System.exit(JournalVerificationCommand.run(args, System.out));
		}
		SpringApplication.run(CredenceApplication.class, args);
	}

	/** The one source of "now"; tests replace it with a clock they control. */
	@Bean
	RegistryClock clock() {
		return new RegistryClock(Clock.systemUTC());
	}
}
