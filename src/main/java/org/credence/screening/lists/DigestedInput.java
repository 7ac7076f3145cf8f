package org.credence.screening.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file read once: what the parser reads is also what is hashed and counted, so the digest a
 * version keeps is that of the very bytes its entries came from.
 */
final class DigestedInput implements AutoCloseable {

	private final String part;

	private final String name;

	private final DigestInputStream in;

	private long bytes;

	DigestedInput(String part, String name, InputStream source) {
		this.part = part;
		this.name = name;
		try {
			this.in = new DigestInputStream(new CountingInput(source), MessageDigest.getInstance("SHA-256"));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java platform has SHA-256", e);
		}
	}

	String name() {
		return name;
	}

	InputStream stream() {
		return in;
	}

	/** The file as read to its end; what the parser left unread (such as trailing blank lines) is read first. */
	ListFile file() {
		try {
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ListFile(part, name, HexFormat.of().formatHex(in.getMessageDigest().digest()), bytes);
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	private final class CountingInput extends java.io.FilterInputStream {

		CountingInput(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int read = super.read();
			bytes += read < 0 ? 0 : 1;
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			bytes += Math.max(read, 0);
			return read;
		}
	}
}
