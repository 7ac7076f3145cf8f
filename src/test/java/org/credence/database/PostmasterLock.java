package org.credence.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The pid a running PostgreSQL server wrote in its data folder's lock file. */
final class PostmasterLock {

	private PostmasterLock() {
	}

	static long pid(Path folder) {
		try {
			return Long.parseLong(Files.readAllLines(folder.resolve("postmaster.pid")).get(0).strip());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
