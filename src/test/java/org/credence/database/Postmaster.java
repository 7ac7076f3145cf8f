package org.credence.database;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The PostgreSQL server running on a data folder, as its lock file names it. */
final class Postmaster {

	private Postmaster() {
	}

	static long pid(Path folder) {
		try {
			return Long.parseLong(Files.readAllLines(folder.resolve("postmaster.pid")).get(0).strip());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** SIGKILL to the server and every process it started at once, as a crash of the machine would. */
	static void kill(Path folder) {
		ProcessHandle postmaster = ProcessHandle.of(pid(folder))
			.orElseThrow(() -> new IllegalStateException("No PostgreSQL server is running on " + folder));
		List<ProcessHandle> children = postmaster.descendants().toList();
		postmaster.destroyForcibly();
		children.forEach(ProcessHandle::destroyForcibly);
		await().atMost(Duration.ofSeconds(30)).until(() -> !postmaster.isAlive() && children.stream().noneMatch(ProcessHandle::isAlive));
	}
}
