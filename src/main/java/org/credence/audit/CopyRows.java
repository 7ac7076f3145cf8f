package org.credence.audit;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The rows of a {@code COPY … TO STDOUT (FORMAT binary)}, one at a time, read straight from the
 * stream into one buffer: each field as its raw bytes (text as UTF-8, integers big-endian), which
 * is what the chain hashes, with no string made and encoded again on the way.
 */
final class CopyRows {

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };

	private final InputStream in;

	private final int[] offsets;

	private final int[] lengths;

	private byte[] buffer = new byte[1 << 16];

	private int row;

	private int position;

	private int limit;

	CopyRows(InputStream in, int fields) throws IOException {
		this.in = in;
		this.offsets = new int[fields];
		this.lengths = new int[fields];
		require(SIGNATURE.length + 8);
		if (!Arrays.equals(buffer, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
			throw new IOException("Not the binary COPY format");
		}
		position = SIGNATURE.length + 4;
		int extension = int32();
		require(extension);
		position += extension;
	}

	/** Moves to the next row; false after the last. */
	boolean next() throws IOException {
		row = position;
		require(2);
		int count = (short) ((buffer[position] & 0xff) << 8 | buffer[position + 1] & 0xff);
		position += 2;
		if (count == -1) {
			return false;
		}
		if (count != offsets.length) {
			throw new IOException("A row of " + count + " fields where " + offsets.length + " were asked for");
		}
		for (int field = 0; field < count; field++) {
			int length = int32();
			require(Math.max(length, 0));
			offsets[field] = position;
			lengths[field] = length;
			position += Math.max(length, 0);
		}
		return true;
	}

	/** The buffer the fields of this row lie in, until {@link #next()}. */
	byte[] bytes() {
		return buffer;
	}

	int offset(int field) {
		return offsets[field];
	}

	/** The field's length in bytes, -1 for null. */
	int length(int field) {
		return lengths[field];
	}

	/** A {@code bigint} or {@code timestamptz} field (microseconds since 2000-01-01 UTC). */
	long int64(int field) throws IOException {
		if (lengths[field] != 8) {
			throw new IOException("Field " + field + " is not 8 bytes long");
		}
		long value = 0;
		for (int i = 0; i < 8; i++) {
			value = value << 8 | buffer[offsets[field] + i] & 0xff;
		}
		return value;
	}

	private int int32() throws IOException {
		require(4);
		int value = (buffer[position] & 0xff) << 24 | (buffer[position + 1] & 0xff) << 16
				| (buffer[position + 2] & 0xff) << 8 | buffer[position + 3] & 0xff;
		position += 4;
		return value;
	}

	/** Makes {@code count} bytes from the current position readable, keeping the current row where it is read. */
	private void require(int count) throws IOException {
		if (limit - position >= count) {
			return;
		}
		if (row > 0) {
			System.arraycopy(buffer, row, buffer, 0, limit - row);
			for (int field = 0; field < offsets.length; field++) {
				offsets[field] -= row;
			}
			position -= row;
			limit -= row;
			row = 0;
		}
		if (position + count > buffer.length) {
			buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, position + count));
		}
		while (limit - position < count) {
			int read = in.read(buffer, limit, buffer.length - limit);
			if (read < 0) {
				throw new EOFException("The COPY stream ended inside a row");
			}
			limit += read;
		}
	}
}
