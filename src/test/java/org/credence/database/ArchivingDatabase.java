package org.credence.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An embedded PostgreSQL as an operator would set it up for backups: every commit durable, every
 * finished segment of its write-ahead log copied into an archive folder. Also the same folder's
 * copy started again in recovery: it replays the archive, then opens.
 */
final class ArchivingDatabase {

	private ArchivingDatabase() {
	}

	/** The archive_command has spaces, which the library's command line cannot carry: it is set with ALTER SYSTEM. */
	static EmbeddedPostgres start(Path data, Path archive) throws IOException {
		Files.createDirectories(archive);
		EmbeddedPostgres server = builder(data).setCleanDataDirectory(true).setServerConfig("archive_mode", "on").start();
		JdbcClient jdbc = JdbcClient.create(server.getPostgresDatabase());
		jdbc.sql("alter system set archive_command = 'test ! -f " + archive + "/%f && cp %p " + archive + "/%f'").update();
		jdbc.sql("select pg_reload_conf()").query(Boolean.class).single();
		return server;
	}

	/** A restored copy of the data folder, recovering from the archive (recovery.signal) up to its end. */
	static EmbeddedPostgres recover(Path data, Path archive) {
		try {
			Files.writeString(data.resolve("postgresql.auto.conf"), "restore_command = 'cp " + archive + "/%f %p'\n",
					StandardOpenOption.APPEND);
			Files.createFile(data.resolve("recovery.signal"));
			return builder(data).setCleanDataDirectory(false).start();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not recover " + data, e);
		}
	}

	private static EmbeddedPostgres.Builder builder(Path data) {
		return EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setPGStartupWait(Duration.ofMinutes(2))
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on");
	}
}
