package org.credence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** What {@code java -jar credence.jar} does with its arguments before any Spring context exists. */
class CommandLineTests {

	@Test
	void theNamePairEvaluationRunsWithoutSpring() throws Exception {
		Path pairs = Path.of(getClass().getResource("/name-matching/name-pairs-dev.csv").toURI());
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		OptionalInt status = CredenceApplication.command(
				new String[] { "--evaluate-name-pairs=" + pairs, "--threshold=0.76" },
				new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(status).hasValue(0);
		// Two lines and nothing else: no banner, no log of a context starting.
		assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2)
			.satisfiesExactly(line -> assertThat(line).startsWith("Person: precision="),
					line -> assertThat(line).startsWith("All: precision="));
	}

	@Test
	void withoutACommandTheApplicationStartsAsUsual() {
		assertThat(CredenceApplication.command(new String[] { "--server.port=0" }, System.out)).isEmpty();
	}
}
