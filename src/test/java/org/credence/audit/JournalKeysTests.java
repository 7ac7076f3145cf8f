package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys are generated once in the key folder, readable by their owner only, and only read by the command line. */
class JournalKeysTests {

	@TempDir
	Path folder;

	@Test
	void keysGeneratedAtTheFirstStartAreTheOnesReadAtTheNext() throws Exception {
		JournalKeys first = new JournalKeys(properties(folder, true));
		JournalKeys next = new JournalKeys(properties(folder, true));

		assertThat(Files.getPosixFilePermissions(folder.resolve("mac.key")))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(Files.getPosixFilePermissions(folder.resolve("checkpoint.key")))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		JournalEntry entry = new JournalEntry(1, null, Instant.parse("2021-10-06T10:00:00Z"), "admin", "test.written",
				"test", "keys", "{}", null, null);
		assertThat(EntryMac.of(next.mac(), entry)).isEqualTo(EntryMac.of(first.mac(), entry));
		Checkpoint signed = Checkpoint.signed(1, ChainHash.GENESIS, entry.recordedAt(), first);
		assertThat(signed.verifies(new JournalKeys(properties(folder, false)))).isTrue();
	}

	@Test
	void theCommandLineNeverGeneratesAMissingKey() {
		assertThatThrownBy(() -> new JournalKeys(properties(folder, false))).hasMessageContaining("MAC key is missing")
			.hasMessageContaining(folder.resolve("mac.key").toString());
		assertThat(folder.resolve("mac.key")).doesNotExist();
	}

	@Test
	void aConfiguredKeyFileIsNeverGenerated() {
		Path configured = folder.resolve("elsewhere/mac.key");
		JournalProperties properties = new JournalProperties(folder, null, configured, null, null, Duration.ofMinutes(1),
				1000, true);

		assertThatThrownBy(() -> new JournalKeys(properties)).hasMessageContaining("MAC key is missing");
	}

	private static JournalProperties properties(Path folder, boolean createKeys) {
		return new JournalProperties(folder, null, null, null, null, Duration.ofMinutes(1), 1000, createKeys);
	}
}
