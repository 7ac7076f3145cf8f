package org.credence.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The keys that anchor the journal outside the database, and where its checkpoints go. Files not
 * configured are kept in {@code keyDirectory}, and the keys there are generated at the first start.
 *
 * @param keyDirectory folder of the generated keys and of the checkpoint file, next to the embedded data
 * @param macKey the MAC key itself, base64 (at least 32 bytes); overrides the key file
 * @param macKeyFile file holding the MAC key, base64; must exist when configured
 * @param signingKeyFile the checkpoints' Ed25519 private key (PKCS#8 PEM), its public key next to it
 * with {@code .pub} appended; must exist when configured
 * @param checkpointFile where checkpoints are appended, one JSON object a line
 * @param checkpointInterval a checkpoint at most this long after new entries were sealed
 * @param checkpointEntries or as soon as this many entries were sealed since the last one
 * @param createKeys generate missing keys in {@code keyDirectory} (off for the command line, which only reads)
 */
@ConfigurationProperties("credence.journal")
record JournalProperties(@DefaultValue("data/journal") Path keyDirectory, String macKey, Path macKeyFile,
		Path signingKeyFile, Path checkpointFile, @DefaultValue("60s") Duration checkpointInterval,
		@DefaultValue("1000") int checkpointEntries, @DefaultValue("true") boolean createKeys) {

	Path macKeyPath() {
		return macKeyFile != null ? macKeyFile : keyDirectory.resolve("mac.key");
	}

	Path signingKeyPath() {
		return signingKeyFile != null ? signingKeyFile : keyDirectory.resolve("checkpoint.key");
	}

	Path publicKeyPath() {
		return signingKeyPath().resolveSibling(signingKeyPath().getFileName() + ".pub");
	}

	Path checkpointPath() {
		return checkpointFile != null ? checkpointFile : keyDirectory.resolve("checkpoints.jsonl");
	}

	/** Keys in the default folder may be generated; configured ones must be there. */
	boolean mayCreate(Path configured) {
		return createKeys && configured == null;
	}
}
