package org.credence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * After {@code kill -9} of the JVM, its embedded PostgreSQL keeps running and holds the data folder.
 * The next start of the application must still succeed, on the data written before the crash,
 * without ever stopping a process that merely reuses a pid from the lock file.
 */
class FirstStartAfterCrashTests {

	@Test
	void theFirstStartAfterTheJvmWasKilledStopsTheServerItLeftRunningAndFindsTheData() throws Exception {
		Path folder = emptyFolder("crashed-jvm-postgres");
		String note = "written before the crash " + UUID.randomUUID();
		Path output = folder.resolveSibling("crashed-jvm.log");
		Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), EmbeddedDatabaseProcess.class.getName(), folder.toString(), note)
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		try {
			await().atMost(Duration.ofMinutes(1)).until(() -> Files.readString(output).contains(EmbeddedDatabaseProcess.READY));
		}
		finally {
			jvm.destroyForcibly().waitFor();
		}
		ProcessHandle orphan = ProcessHandle.of(Postmaster.pid(folder)).orElseThrow();
		try {
			assertThat(orphan.isAlive()).as("the server the killed JVM left running").isTrue();
			try (EmbeddedPostgres restarted = EmbeddedDatabase.start(durable(folder))) {
				assertThat(orphan.isAlive()).isFalse();
				assertThat(notes(restarted)).isEqualTo(note);
			}
		}
		finally {
			// Should the start fail, the orphan must not outlive the test run.
			orphan.destroy();
		}
	}

	@Test
	void aLockFileNamingAnUnrelatedProcessIsStaleAndThatProcessIsLeftAlone() throws Exception {
		Path folder = emptyFolder("stale-lock-postgres");
		EmbeddedDatabase.start(durable(folder)).close();
		Process unrelated = new ProcessBuilder("sleep", "300").start();
		try {
			// As after a crash and a reboot, when the pid the lock file names went to another program.
			Files.writeString(folder.resolve("postmaster.pid"), unrelated.pid() + "\n" + folder + "\n");
			try (EmbeddedPostgres restarted = EmbeddedDatabase.start(durable(folder))) {
				assertThat(unrelated.isAlive()).isTrue();
				assertThat(Postmaster.pid(folder)).isNotEqualTo(unrelated.pid());
			}
		}
		finally {
			unrelated.destroyForcibly();
		}
	}

	private static EmbeddedDatabaseProperties durable(Path folder) {
		return new EmbeddedDatabaseProperties(folder, 0, false, true);
	}

	private static String notes(EmbeddedPostgres server) throws SQLException {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select string_agg(note, ',') from written_before_the_crash")) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static Path emptyFolder(String name) throws IOException {
		Path folder = Path.of("target", name).toAbsolutePath();
		FileSystemUtils.deleteRecursively(folder);
		return folder;
	}
}
