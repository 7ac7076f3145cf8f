package org.credence.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar credence.jar --verify-journal [--checkpoint=<file or JSON>]}: verifies the whole
 * chain without a web server, against the last checkpoint of the checkpoint file and the one given,
 * prints the report and tells the shell the outcome, so that a cron job or a script can alert:
 * 0 when the chain verifies, 1 when it does not, 2 when it could not be checked (database
 * unreachable, key missing, checkpoint unreadable). It only reads: no migration, no key generated.
 */
@Component
public class JournalVerificationCommand {

	public static final String OPTION = "--verify-journal";

	private static final String CHECKPOINT = "--checkpoint=";

	public static final int VERIFIED = 0;

	public static final int FAILED = 1;

	public static final int NOT_CHECKED = 2;

	private final JournalVerifier verifier;

	private final JournalKeys keys;

	JournalVerificationCommand(JournalVerifier verifier, JournalKeys keys) {
		this.verifier = verifier;
		this.keys = keys;
	}

	public static boolean requested(String... args) {
		return List.of(args).contains(OPTION);
	}

	/** Starts only what verification needs (the database, the keys, the verifier) and runs it. */
	public static int run(String[] args, PrintStream out) {
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(JournalVerificationContext.class).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.properties("spring.flyway.enabled=false", "credence.journal.create-keys=false", "logging.level.root=warn")
				.run(args);
		}
		catch (RuntimeException e) {
			return notChecked(out, e);
		}
		try (context) {
			String checkpoint = Arrays.stream(args).filter(arg -> arg.startsWith(CHECKPOINT))
				.map(arg -> arg.substring(CHECKPOINT.length())).reduce((first, last) -> last).orElse(null);
			return context.getBean(JournalVerificationCommand.class).run(out, checkpoint);
		}
	}

	int run(PrintStream out, String checkpoint) {
		try {
			JournalVerification verification = verifier.verify(true, checkpoint == null ? null : kept(checkpoint));
			out.print(verification.describe());
			out.flush();
			return verification.ok() ? VERIFIED : FAILED;
		}
		catch (DataAccessException | IllegalArgumentException | UncheckedIOException e) {
			return notChecked(out, e);
		}
	}

	/** Given as the JSON text of a checkpoint, or as a file whose last line is one (a copy of the checkpoint file). */
	private Checkpoint kept(String given) {
		String text = given.strip();
		if (!text.startsWith("{")) {
			try {
				List<String> lines = Files.readAllLines(Path.of(text)).stream().filter(line -> !line.isBlank()).toList();
				if (lines.isEmpty()) {
					throw new IllegalArgumentException("The checkpoint file " + text + " is empty");
				}
				text = lines.get(lines.size() - 1);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not read the checkpoint file " + text, e);
			}
		}
		try {
			return Checkpoint.kept(text, keys);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("The checkpoint given: " + e.getMessage(), e);
		}
	}

	/** The failure and each of its causes, one line each: the root cause alone rarely says which server or file. */
	private static int notChecked(PrintStream out, Exception e) {
		out.println("Journal verification: NOT CHECKED");
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause.getMessage() != null) {
				out.println("  " + cause.getMessage().lines().findFirst().orElse(""));
			}
		}
		out.flush();
		return NOT_CHECKED;
	}
}
