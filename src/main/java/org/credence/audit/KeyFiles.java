package org.credence.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's key files, as OpenSSL writes them: PEM for the key pair, base64 for the MAC key;
 * generated readable by their owner only, never over an existing file.
 */
final class KeyFiles {

	private static final Logger log = LoggerFactory.getLogger(KeyFiles.class);

	private KeyFiles() {
	}

	/** The MAC key as configured, or read from its file, generated there first when allowed. */
	static byte[] macKey(JournalProperties properties) {
		if (properties.macKey() != null && !properties.macKey().isBlank()) {
			return atLeast32Bytes(Base64.getDecoder().decode(properties.macKey().strip()), "credence.journal.mac-key");
		}
		Path file = properties.macKeyPath();
		if (!Files.exists(file) && properties.mayCreate(properties.macKeyFile())) {
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			if (create(file, Base64.getEncoder().encodeToString(key) + "\n")) {
				log.warn("Generated the journal's MAC key in {}: keep a copy where the database's administrators cannot"
						+ " read it; without it the journal cannot be verified", file.toAbsolutePath());
			}
		}
		if (!Files.exists(file)) {
			throw new IllegalStateException("The journal's MAC key is missing: " + file.toAbsolutePath());
		}
		return atLeast32Bytes(read(file), file.toAbsolutePath().toString());
	}

	private static byte[] atLeast32Bytes(byte[] key, String source) {
		if (key.length < 32) {
			throw new IllegalStateException("The journal's MAC key (" + source + ") must have at least 32 bytes");
		}
		return key;
	}

	static void generateKeyPair(Path privateFile, Path publicFile) {
		try {
			KeyPair pair = KeyPairGenerator.getInstance(JournalKeys.ED25519).generateKeyPair();
			if (create(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()))) {
				create(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
				log.warn("Generated the journal's checkpoint signing key in {}", privateFile.toAbsolutePath());
			}
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Every Java runtime since 15 has Ed25519", e);
		}
	}

	static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

	/** The DER bytes of a PEM text, or the bytes of a base64 text. */
	static byte[] decode(String text) {
		return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").strip());
	}

	static byte[] read(Path file) {
		try {
			return decode(Files.readString(file, StandardCharsets.US_ASCII));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read the journal key " + file.toAbsolutePath(), e);
		}
	}

	/**
	 * Writes a new key file, never over an existing one.
	 *
	 * @return false when the file already existed (another server wrote it first)
	 */
	static boolean create(Path file, String text) {
		try {
			Path folder = file.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			try {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException e) {
				Files.createFile(file);
			}
			Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
			return true;
		}
		catch (FileAlreadyExistsException e) {
			return false;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the journal key " + file.toAbsolutePath(), e);
		}
	}
}
