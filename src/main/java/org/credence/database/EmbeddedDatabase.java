package org.credence.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per JVM: every Spring context of a test run shares it, and it
 * stops when the JVM does.
 */
final class EmbeddedDatabase {

	private static EmbeddedPostgres server;

	private EmbeddedDatabase() {
	}

	static synchronized String jdbcUrl(EmbeddedDatabaseProperties properties) {
		if (server == null) {
			server = start(properties);
		}
		return server.getJdbcUrl("postgres", "postgres");
	}

	/**
	 * A server on the properties' folder, started as the shared one is; the caller closes it. The
	 * fault tests start, kill and restart servers of their own through here.
	 */
	static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) {
		Path directory = properties.dataDirectory().toAbsolutePath();
		// A server left running by a JVM that died holds the folder; the library would fail on its lock file.
		OrphanedPostmaster.stop(directory);
		// The library passes -F (fsync off) and synchronous_commit=off, as suits tests; these settings
		// come after and win either way.
		String durable = properties.durable() ? "on" : "off";
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(properties.clean())
				.setServerConfig("timezone", "UTC")
				.setServerConfig("max_connections", "100")
				.setServerConfig("fsync", durable)
				.setServerConfig("synchronous_commit", durable)
				.setServerConfig("full_page_writes", durable);
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
			return builder.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
		}
	}
}
