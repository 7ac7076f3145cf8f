package org.credence.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of a JVM that was killed keeps running, and its {@code postmaster.pid}
 * makes the next start fail. Before starting, the folder's lock file is read: a live PostgreSQL
 * server of this very folder is stopped with a fast shutdown (its clients died with the JVM, and
 * committed transactions are on disk); a process that merely reuses the pid is never touched.
 */
final class OrphanedPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

	private static final long STOP_SECONDS = 60;

	private OrphanedPostmaster() {
	}

	static void stop(Path directory) {
		Path lockFile = directory.resolve("postmaster.pid");
		Optional<ProcessHandle> holder = holder(lockFile);
		if (holder.isEmpty()) {
			// No lock file, or one naming a process that is gone: PostgreSQL itself removes it.
			return;
		}
		ProcessHandle process = holder.get();
		switch (PostmasterProcess.of(process, directory)) {
			case UNRELATED -> {
				log.warn("The lock file {} names process {}, which is not a PostgreSQL server of this folder: "
						+ "the lock file is stale (its pid was reused) and is removed", lockFile, process.pid());
				delete(lockFile);
				return;
			}
			case UNKNOWN -> {
				log.warn("The lock file {} names process {}, which cannot be told apart from a server of this folder: "
						+ "left to PostgreSQL", lockFile, process.pid());
				return;
			}
			case OF_THIS_FOLDER -> log.warn("A PostgreSQL server left running by a previous run (pid {}) holds {}: "
					+ "stopping it (fast shutdown)", process.pid(), directory);
		}
		PostmasterProcess.requestFastShutdown(process);
		try {
			process.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
		}
		catch (TimeoutException | ExecutionException e) {
			throw new IllegalStateException("The PostgreSQL server " + process.pid() + " left running on " + directory
					+ " did not stop within " + STOP_SECONDS + " s", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping the PostgreSQL server " + process.pid(), e);
		}
		log.info("The PostgreSQL server left running (pid {}) has stopped; starting on {}", process.pid(), directory);
	}

	/** The live process the lock file names, if any. */
	private static Optional<ProcessHandle> holder(Path lockFile) {
		try {
			List<String> lines = Files.exists(lockFile) ? Files.readAllLines(lockFile) : List.of();
			if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
				return Optional.empty();
			}
			return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read " + lockFile, e);
		}
	}

	private static void delete(Path lockFile) {
		try {
			Files.deleteIfExists(lockFile);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not remove the stale " + lockFile, e);
		}
	}
}
