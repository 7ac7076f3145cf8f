package org.credence.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The canonical encoding of an entry and its hash. Changing anything here changes every hash:
 * a new encoding needs a new version tag and a verifier that knows both.
 *
 * <p>The hash is SHA-256, written as 64 lowercase hex digits, over the version tag
 * {@code credence-journal/1} followed by these fields in this order, each as its UTF-8 bytes
 * preceded by their count as a 4-byte big-endian integer (so no field can bleed into the next):
 * <ol>
 * <li>position, in decimal</li>
 * <li>id, in decimal</li>
 * <li>time, UTC, ISO-8601 with exactly six fractional digits: {@code 2021-10-06T10:00:00.000000Z}
 * (PostgreSQL keeps microseconds)</li>
 * <li>actor, action, subject type, subject id</li>
 * <li>the change, its JSON text exactly as stored</li>
 * <li>the previous entry's hash; for position 1, {@link #GENESIS}</li>
 * </ol>
 *
 * <p>The entry's MAC ({@link EntryMac}) is not hashed: it is checked on its own, with the key.
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	/** How a time is hashed, and how a signed checkpoint writes its time: UTC, to the microsecond. */
	static final String TIME_PATTERN = "uuuu-MM-dd'T'HH:mm:ss.SSSSSSX";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(TIME_PATTERN).withZone(ZoneOffset.UTC);

	private static final byte[] VERSION = "credence-journal/1".getBytes(StandardCharsets.UTF_8);

	private ChainHash() {
	}

	/** One digest per thread: getting a new one for each of a million entries costs more than the hashing. */
	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(ChainHash::sha256);

	static String of(JournalEntry entry, long position, String previousHash) {
		return of(position, EntryContent.of(entry), previousHash);
	}

	static String of(long position, EntryContent content, String previousHash) {
		byte[] previous = previousHash.getBytes(StandardCharsets.UTF_8);
		return HexFormat.of().formatHex(digest(position, content, previous, previous.length));
	}

	/** The hash's 32 bytes, given the previous hash as the UTF-8 bytes of its hex digits. */
	static byte[] digest(long position, EntryContent content, byte[] previousHash, int previousLength) {
		MessageDigest sha256 = SHA256.get();
		sha256.update(VERSION);
		byte[] number = new byte[24];
		int digits = decimal(position, number, 4);
		prefix(number, 0, digits);
		sha256.update(number, 0, 4 + digits);
		sha256.update(content.bytes(), 0, content.length());
		prefix(number, 0, previousLength);
		sha256.update(number, 0, 4);
		sha256.update(previousHash, 0, previousLength);
		return sha256.digest();
	}

	/** A field's length as the 4-byte big-endian integer that precedes it. */
	private static void prefix(byte[] into, int at, int length) {
		into[at] = (byte) (length >>> 24);
		into[at + 1] = (byte) (length >>> 16);
		into[at + 2] = (byte) (length >>> 8);
		into[at + 3] = (byte) length;
	}

	/** A non-negative number's decimal digits written at {@code at}; returns how many. */
	private static int decimal(long value, byte[] into, int at) {
		int count = 1;
		for (long rest = value / 10; rest > 0; rest /= 10) {
			count++;
		}
		long rest = value;
		for (int i = at + count - 1; i >= at; i--) {
			into[i] = (byte) ('0' + rest % 10);
			rest /= 10;
		}
		return count;
	}

	static String time(Instant instant) {
		return TIME.format(instant);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
