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
		MessageDigest sha256 = SHA256.get();
		sha256.update(VERSION);
		sha256.update(EntryContent.prefixed(Long.toString(position)));
		sha256.update(content.bytes(), 0, content.length());
		sha256.update(EntryContent.prefixed(previousHash));
		return HexFormat.of().formatHex(sha256.digest());
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
