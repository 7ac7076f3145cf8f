package org.credence.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

/** Key files as OpenSSL writes them: PEM for the key pair, base64 for the MAC key; readable by their owner only. */
final class KeyFiles {

	private KeyFiles() {
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
