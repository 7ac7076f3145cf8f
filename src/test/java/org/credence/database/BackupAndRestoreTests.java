package org.credence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import org.credence.audit.JournalVerification;
import org.credence.audit.JournalVerifier;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.EmptyDatabase;
import org.credence.support.ServerInstance;

/**
 * The README's backup of the embedded database, done and undone: a base backup taken while the
 * server writes, its WAL archived, restored into a new folder and recovered from the archive gives
 * back every registration, those made after the backup too, with their journal entries.
 */
@CredenceTest
class BackupAndRestoreTests {

	private static final Path FOLDER = Path.of("target/backup-test").toAbsolutePath();

	@Autowired
	private Api api;

	@Test
	void aBaseBackupWithItsWalArchiveRestoresEveryRowWrittenBeforeAndAfterIt() throws Exception {
		FileSystemUtils.deleteRecursively(FOLDER);
		Path data = FOLDER.resolve("postgres");
		Path archive = FOLDER.resolve("wal-archive");
		Path restored = FOLDER.resolve("restored");
		List<String> before = new ArrayList<>();
		List<String> after = new ArrayList<>();
		try (EmbeddedPostgres database = ArchivingDatabase.start(data, archive)) {
			// Credence migrates the schema as at any start, then writes through its API.
			try (ServerInstance server = server(database)) {
				Api officer = server.api(api).as(EmptyDatabase.token("backup-officer", "PROTOCOL_OFFICER"));
				register(officer, "Before", before);
				BaseBackup.take(database.getPostgresDatabase(), data, restored);
				register(officer, "After", after);
			}
			archiveTheCurrentSegment(JdbcClient.create(database.getPostgresDatabase()));
		}

		try (EmbeddedPostgres recovered = ArchivingDatabase.recover(restored, archive)) {
			JdbcClient jdbc = JdbcClient.create(recovered.getPostgresDatabase());
			List<String> all = new ArrayList<>(before);
			all.addAll(after);
			assertThat(jdbc.sql("select id::text from person").query(String.class).list()).containsExactlyInAnyOrderElementsOf(all);
			assertThat(jdbc.sql("select subject_id from journal_entry where action = 'person.registered'").query(String.class).list())
				.containsExactlyInAnyOrderElementsOf(all);
			try (ServerInstance server = server(recovered)) {
				JournalVerification verification = server.bean(JournalVerifier.class).verify();
				assertThat(verification.ok()).as(verification.describe()).isTrue();
				assertThat(verification.rejected()).isZero();
			}
		}
	}

	private static ServerInstance server(EmbeddedPostgres database) {
		return ServerInstance.start(Instant.now(), "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--credence.demo.enabled=false");
	}

	private static void register(Api officer, String name, List<String> ids) {
		for (int n = 1; n <= 3; n++) {
			Api.Response response = officer.post("/api/persons", PersonWriters.registration(name + " " + n));
			assertThat(response.status()).isEqualTo(201);
			ids.add(response.id());
		}
	}

	/** The rows written after the backup are in the segment being written: it is closed and archived. */
	private static void archiveTheCurrentSegment(JdbcClient jdbc) {
		String segment = jdbc.sql("select pg_walfile_name(pg_switch_wal())").query(String.class).single();
		await().atMost(Duration.ofMinutes(1))
			.until(() -> jdbc.sql("select coalesce(last_archived_wal, '') >= ? from pg_stat_archiver").param(segment)
				.query(Boolean.class).single());
	}
}
