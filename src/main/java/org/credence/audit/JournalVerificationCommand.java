package org.credence.audit;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar credence.jar --verify-journal}: verifies the chain without a web server, prints
 * the report and tells the shell whether it verified, so that a cron job or a script can alert.
 */
@Component
public class JournalVerificationCommand {

	public static final String OPTION = "--verify-journal";

	private final JournalVerifier verifier;

	JournalVerificationCommand(JournalVerifier verifier) {
		this.verifier = verifier;
	}

	public static boolean requested(String... args) {
		return List.of(args).contains(OPTION);
	}

	/** @return the process exit status: 0 when the chain verifies, 1 when it does not */
	public int run(PrintStream out) {
		JournalVerification verification = verifier.verify();
		out.print(verification.describe());
		out.flush();
		return verification.ok() ? 0 : 1;
	}
}
