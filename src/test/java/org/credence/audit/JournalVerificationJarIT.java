package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import org.credence.CredenceApplication;

/**
 * {@code java -jar credence.jar --verify-journal}, the built jar run as the README says, in a folder
 * holding the embedded database's data and the journal's keys as a server left them: exit status 0
 * when the chain verifies, 1 when an entry was changed behind the triggers, 2 when the database
 * cannot be reached; the report printed each time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JournalVerificationJarIT {

	private static final Path FOLDER = Path.of("target/jar-it").toAbsolutePath();

	private static final Path DATA = FOLDER.resolve("data/postgres");

	private static final Path KEYS = FOLDER.resolve("data/journal");

	private static long checkpoint;

	/** A server's journal: a few entries, sealed, with a checkpoint, left in the data folder. */
	@BeforeAll
	static void aServerLeftItsJournal() throws IOException {
		FileSystemUtils.deleteRecursively(FOLDER);
		try (EmbeddedPostgres database = database();
				ConfigurableApplicationContext server = new SpringApplicationBuilder(CredenceApplication.class).run(
						"--server.port=0", "--credence.demo.enabled=false",
						"--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
						"--spring.datasource.username=postgres", "--credence.journal.key-directory=" + KEYS,
						"--credence.journal.checkpoint-file=" + KEYS.resolve("checkpoints.jsonl"))) {
			server.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
				for (int n = 1; n <= 3; n++) {
					server.getBean(Journal.class).appendBySystem("test.written", "test", "jar-" + n, Map.of("n", n));
				}
			});
			server.getBean(JournalSealer.class).sealPending();
			server.getBean(Checkpoints.class).publish();
			checkpoint = server.getBean(CheckpointFile.class).latest().orElseThrow().size();
		}
	}

	@Test
	@Order(1)
	void aJournalThatVerifiesExitsWithZero() throws Exception {
		Run run = verifyJournal();

		assertThat(run.status()).as(run.output()).isZero();
		assertThat(run.output()).contains("Journal verification: OK", "entries verified: " + checkpoint,
				"checkpoint checked: position " + checkpoint);
	}

	@Test
	@Order(2)
	void anEntryChangedBehindTheTriggersExitsWithOne() throws Exception {
		try (EmbeddedPostgres database = database()) {
			JdbcClient jdbc = JdbcClient.create(database.getPostgresDatabase());
			jdbc.sql("alter table journal_entry disable trigger journal_entry_no_rewrite").update();
			jdbc.sql("update journal_entry set change = '{\"n\":20}' where subject_id = 'jar-2'").update();
		}

		Run run = verifyJournal();

		assertThat(run.status()).as(run.output()).isEqualTo(1);
		assertThat(run.output()).contains("Journal verification: FAILED", "hash mismatch");
	}

	@Test
	@Order(3)
	void aDatabaseOutOfReachExitsWithTwo() throws Exception {
		Run run = verifyJournal("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/credence");

		assertThat(run.status()).as(run.output()).isEqualTo(2);
		assertThat(run.output()).contains("Journal verification: NOT CHECKED", "Connection to 127.0.0.1:1 refused");
	}

	private static EmbeddedPostgres database() throws IOException {
		return EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).start();
	}

	private record Run(int status, String output) {
	}

	/** The jar, from the folder, with the environment of a shell that names no database. */
	private static Run verifyJournal(String... more) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
			.toString(), "-jar", Path.of(System.getProperty("credence.jar")).toAbsolutePath().toString(), "--verify-journal"));
		command.addAll(List.of(more));
		ProcessBuilder builder = new ProcessBuilder(command).directory(FOLDER.toFile()).redirectErrorStream(true);
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("CREDENCE_"));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(output).isTrue();
		return new Run(process.exitValue(), output);
	}
}
