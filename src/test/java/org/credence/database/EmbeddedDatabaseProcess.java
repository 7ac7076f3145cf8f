package org.credence.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A JVM that starts the embedded database as the application does, on the folder given, writes one
 * row, says so, and runs until it is killed: the crash of {@link FirstStartAfterCrashTests}.
 */
final class EmbeddedDatabaseProcess {

	static final String READY = "embedded database ready, row written";

	private EmbeddedDatabaseProcess() {
	}

	public static void main(String[] args) throws SQLException, InterruptedException {
		EmbeddedPostgres server = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(Path.of(args[0]), 0, false, true));
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table written_before_the_crash (note text)");
			statement.execute("insert into written_before_the_crash values ('" + args[1] + "')");
		}
		System.out.println(READY);
		System.out.flush();
		Thread.currentThread().join();
	}
}
