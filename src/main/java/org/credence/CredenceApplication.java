package org.credence;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import org.credence.audit.JournalVerificationCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CredenceApplication {

	public static void main(String[] args) {
		if (JournalVerificationCommand.requested(args)) {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(CredenceApplication.class)
				.web(WebApplicationType.NONE)
				.run(args);
			int status = context.getBean(JournalVerificationCommand.class).run(System.out);
			System.exit(SpringApplication.exit(context, () -> status));
		}
		SpringApplication.run(CredenceApplication.class, args);
	}

	/** The one source of "now"; tests replace it with a clock they control. */
	@Bean
	RegistryClock clock() {
		return new RegistryClock(Clock.systemUTC());
	}
}
