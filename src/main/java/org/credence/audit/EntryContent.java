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
		length = 0;
		field(Long.toString(id));
		field(time);
		field(actor);
		field(action);
		field(subjectType);
		field(subjectId);
		field(change);
		return this;
	}

	private void field(String value) {
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		int needed = length + 4 + utf8.length;
		if (needed > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
		}
		bytes[length] = (byte) (utf8.length >>> 24);
		bytes[length + 1] = (byte) (utf8.length >>> 16);
		bytes[length + 2] = (byte) (utf8.length >>> 8);
		bytes[length + 3] = (byte) utf8.length;
		System.arraycopy(utf8, 0, bytes, length + 4, utf8.length);
		length = needed;
	}

	byte[] bytes() {
		return bytes;
	}

	int length() {
		return length;
	}

	/** One length-prefixed field on its own, for those hashed around the content (position, previous hash). */
	static byte[] prefixed(String value) {
		EntryContent one = new EntryContent();
		one.field(value);
		return Arrays.copyOf(one.bytes, one.length);
	}
}
