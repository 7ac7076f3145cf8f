package org.credence.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * An embedded PostgreSQL of a fault test's own, whatever database the rest of the run uses: a new
 * folder under target/ and a port of its own, kept across restarts, and every other setting the
 * application's default, as in production. Started through the application's own code path.
 */
final class OwnDatabase implements AutoCloseable {

	private final Path folder;

	private final EmbeddedDatabaseProperties properties;

	private EmbeddedPostgres server;

	OwnDatabase(String name) {
		this.folder = Path.of("target", name).toAbsolutePath();
		try {
			FileSystemUtils.deleteRecursively(folder);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		this.properties = new Binder(new MapConfigurationPropertySource(Map.of("credence.embedded-database.data-directory",
				folder.toString(), "credence.embedded-database.port", Integer.toString(freePort()))))
			.bindOrCreate("credence.embedded-database", EmbeddedDatabaseProperties.class);
		this.server = EmbeddedDatabase.start(properties);
	}

	String jdbcUrl() {
		return server.getJdbcUrl("postgres", "postgres");
	}

	JdbcClient jdbc() {
		return JdbcClient.create(server.getPostgresDatabase());
	}

	/** SIGKILL to the server and its processes, as in a crash. */
	void kill() {
		Postmaster.kill(folder);
	}

	/** Starts again on the same folder and port, after a crash: PostgreSQL replays its log. */
	void restart() {
		close();
		server = EmbeddedDatabase.start(properties);
	}

	/** Also releases the library's lock on the folder, once the server was killed. */
	@Override
	public void close() {
		try {
			server.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
