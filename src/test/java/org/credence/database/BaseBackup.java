package org.credence.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * A base backup of a running server with PostgreSQL's low-level API, as its manual describes: the
 * data folder copied between pg_backup_start and pg_backup_stop of one session, then the backup
 * label pg_backup_stop returns written into the copy. (The machine's pg_basebackup is older than
 * the embedded server and refuses it.) The copy is consistent only with the WAL archived until the
 * backup's end, which recovery replays.
 */
final class BaseBackup {

	/** Left out of a base backup, as the manual advises: the running server's own files and its live WAL. */
	private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

	private BaseBackup() {
	}

	static void take(DataSource server, Path data, Path copy) {
		try (Connection session = server.getConnection(); Statement statement = session.createStatement()) {
			statement.execute("select pg_backup_start('credence-test', true)");
			copyFolder(data, copy);
			// PostgreSQL refuses a data folder that others may read.
			Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwx------"));
			try (ResultSet stop = statement.executeQuery("select labelfile from pg_backup_stop(true)")) {
				stop.next();
				Files.writeString(copy.resolve("backup_label"), stop.getString(1));
			}
		}
		catch (SQLException | IOException e) {
			throw new IllegalStateException("The base backup of " + data + " failed", e);
		}
	}

	private static void copyFolder(Path data, Path copy) throws IOException {
		try (Stream<Path> files = Files.walk(data)) {
			for (Path file : files.toList()) {
				Path relative = data.relativize(file);
				Path target = copy.resolve(relative.toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else if (!LEFT_OUT.contains(relative.toString()) && !relative.startsWith("pg_wal")) {
					copyFile(file, target);
				}
			}
		}
	}

	/** A temporary file the server removes during the copy is not part of the backup. */
	private static void copyFile(Path file, Path target) throws IOException {
		try {
			Files.copy(file, target);
		}
		catch (NoSuchFileException e) {
			// gone since the walk listed it
		}
	}
}
