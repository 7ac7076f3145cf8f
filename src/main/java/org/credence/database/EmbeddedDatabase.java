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

	private static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) {
		Path directory = properties.dataDirectory().toAbsolutePath();
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(properties.clean())
				.setServerConfig("timezone", "UTC")
				.setServerConfig("max_connections", "100");
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
