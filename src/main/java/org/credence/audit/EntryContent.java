package org.credence.audit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fields of an entry that both its hash and its MAC cover, encoded once for both: id, time,
 * actor, action, subject type, subject id and change, each as its UTF-8 bytes preceded by their
 * count as a 4-byte big-endian integer. Encoding them once, without a buffer per field, is most of
 * what makes a million entries verify in a second or two.
 */
final class EntryContent {

	private byte[] bytes = new byte[512];

	private int length;

	static EntryContent of(JournalEntry entry) {
		return new EntryContent().set(entry.id(), ChainHash.time(entry.recordedAt()), entry.actor(), entry.action(),
				entry.subjectType(), entry.subjectId(), entry.change());
	}

	/** Reuses this encoder's buffer for another entry; {@code time} as {@link ChainHash#time}. */
	EntryContent set(long id, String time, String actor, String action, String subjectType, String subjectId,
			String change) {
		start();
		field(Long.toString(id));
		field(time);
		field(actor);
		field(action);
		field(subjectType);
		field(subjectId);
		field(change);
		return this;
	}

	/** Empties this encoder for the fields of another entry, added one by one in order. */
	EntryContent start() {
		length = 0;
		return this;
	}

	EntryContent field(String value) {
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		return field(utf8, 0, utf8.length);
	}

	/**
	 * A field from its UTF-8 bytes; a length of -1 (a null read from the database, which no entry
	 * written by the application has) is written as such and can match no genuine entry.
	 */
	EntryContent field(byte[] utf8, int offset, int count) {
		int needed = length + 4 + Math.max(count, 0);
		if (needed > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
		}
		bytes[length] = (byte) (count >>> 24);
		bytes[length + 1] = (byte) (count >>> 16);
		bytes[length + 2] = (byte) (count >>> 8);
		bytes[length + 3] = (byte) count;
		if (count > 0) {
			System.arraycopy(utf8, offset, bytes, length + 4, count);
		}
		length = needed;
		return this;
	}

	/** This encoder holding a copy of another's fields, for an entry kept until it can be checked. */
	EntryContent copy(EntryContent other) {
		bytes = Arrays.copyOf(other.bytes, other.length);
		length = other.length;
		return this;
	}

	byte[] bytes() {
		return bytes;
	}

	int length() {
		return length;
	}
}
