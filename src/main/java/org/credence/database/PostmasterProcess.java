package org.credence.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the operating system says of the process a lock file names: whether it is the PostgreSQL
 * server ("postmaster") of this data folder, as its executable and command line show.
 */
enum PostmasterProcess {

	/** A {@code postgres} executable whose {@code -D} names this folder. */
	OF_THIS_FOLDER,

	/** Another program, or a PostgreSQL server of another folder: the pid was reused. */
	UNRELATED,

	/** The command line cannot be read or names the folder by a relative path: leave it to PostgreSQL. */
	UNKNOWN;

	private static final Logger log = LoggerFactory.getLogger(PostmasterProcess.class);

	static PostmasterProcess of(ProcessHandle process, Path directory) {
		ProcessHandle.Info info = process.info();
		Optional<Path> executable = info.command().map(Path::of);
		if (executable.isEmpty() || info.arguments().isEmpty()) {
			return UNKNOWN;
		}
		String name = executable.get().getFileName().toString();
		if (!name.equals("postgres") && !name.equals("postgres.exe")) {
			return UNRELATED;
		}
		List<String> arguments = List.of(info.arguments().get());
		int flag = arguments.indexOf("-D");
		if (flag < 0 || flag + 1 >= arguments.size() || !Path.of(arguments.get(flag + 1)).isAbsolute()) {
			return UNKNOWN;
		}
		return sameFolder(Path.of(arguments.get(flag + 1)), directory) ? OF_THIS_FOLDER : UNRELATED;
	}

	/**
	 * SIGINT, PostgreSQL's fast shutdown (sessions ended, then a checkpoint), sent to the pid just
	 * checked by the system's {@code kill} (pg_ctl refuses to run as root, and would read the lock
	 * file again). Where there is no {@code kill}, SIGTERM, a smart shutdown: it waits for the
	 * sessions, and those of the dead JVM are gone.
	 */
	static void requestFastShutdown(ProcessHandle process) {
		try {
			Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).redirectErrorStream(true).start();
			String output = new String(kill.getInputStream().readAllBytes()).strip();
			if (kill.waitFor() != 0) {
				log.warn("kill -INT {} failed ({}); asking for a smart shutdown instead", process.pid(), output);
				process.destroy();
			}
		}
		catch (IOException e) {
			log.warn("No kill command ({}); asking for a smart shutdown instead", e.getMessage());
			process.destroy();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping the PostgreSQL server " + process.pid(), e);
		}
	}

	private static boolean sameFolder(Path named, Path directory) {
		try {
			return Files.isSameFile(named, directory);
		}
		catch (IOException e) {
			return false;
		}
	}
}
