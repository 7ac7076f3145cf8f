package org.credence;

import java.io.PrintStream;
import java.time.Clock;
import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import org.credence.audit.JournalVerificationCommand;
import org.credence.screening.NamePairEvaluation;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CredenceApplication {

	public static void main(String[] args) {
		OptionalInt command = command(args, System.out);
		if (command.isPresent()) {
			System.exit(command.getAsInt());
		}
		SpringApplication.run(CredenceApplication.class, args);
	}

	/**
	 * A command asked for on the command line, run without the web server (the name pair
	 * evaluation without Spring at all): the status it tells the shell, or empty when none was.
	 */
	static OptionalInt command(String[] args, PrintStream out) {
		if (JournalVerificationCommand.requested(args)) {
			return OptionalInt.of(JournalVerificationCommand.run(args, out));
		}
		if (NamePairEvaluation.requested(args)) {
			return OptionalInt.of(NamePairEvaluation.run(args, out));
		}
		return OptionalInt.empty();
	}

	/** The one source of "now"; tests replace it with a clock they control. */
	@Bean
	RegistryClock clock() {
		return new RegistryClock(Clock.systemUTC());
	}
}
