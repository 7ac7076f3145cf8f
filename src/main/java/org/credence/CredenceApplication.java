package org.credence;

import java.time.Clock;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import org.credence.audit.JournalVerificationCommand;

@OpenAPIDefinition(info = @Info(title = "Credence", version = "0.1",
		description = "Accreditation registry of a receiving party: missions, ceilings, persons and accreditations. "
				+ "Errors are RFC 9457 problem documents (application/problem+json)."))
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
