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

	/**
	 * The same text as {@link #time(Instant)}, written into {@code into} (at least 32 bytes) from a
	 * {@code timestamptz} as PostgreSQL sends it in binary, microseconds since 2000-01-01 UTC, without
	 * a formatter: a million of them are a verification's worth. Returns the count of bytes written.
	 */
	static int time(long postgresMicros, byte[] into) {
		return time(postgresMicros, into, null);
	}

	/**
	 * As {@link #time(long, byte[])}, with the date kept in {@code day} (a long[1] holding the last
	 * day written, or null): entries of one day, read in a row, skip the calendar.
	 */
	static int time(long postgresMicros, byte[] into, long[] day) {
		if (postgresMicros == Long.MAX_VALUE || postgresMicros == Long.MIN_VALUE) {
			return ascii(postgresMicros > 0 ? "infinity" : "-infinity", into);
		}
		long micros = postgresMicros + POSTGRES_EPOCH_MICROS;
		long seconds = Math.floorDiv(micros, 1_000_000L);
		int fraction = (int) Math.floorMod(micros, 1_000_000L);
		long days = Math.floorDiv(seconds, 86_400L);
		int second = (int) Math.floorMod(seconds, 86_400L);
		if (day == null || day[0] != days) {
			int written = date(days, seconds, fraction, into);
			if (written != 10) {
				return written;
			}
			if (day != null) {
				day[0] = days;
			}
		}
		into[10] = 'T';
		digits(into, 11, second / 3600, 2);
		into[13] = ':';
		digits(into, 14, second / 60 % 60, 2);
		into[16] = ':';
		digits(into, 17, second % 60, 2);
		into[19] = '.';
		digits(into, 20, fraction, 6);
		into[26] = 'Z';
		return 27;
	}

	/** The date written as yyyy-MM-dd, 10 bytes; outside years 1000 to 9999, the whole time from the formatter instead. */
	private static int date(long days, long seconds, int fraction, byte[] into) {
		// Days to a civil date: Howard Hinnant's algorithm, in eras of 400 years starting in March.
		long shifted = days + 719_468;
		long era = Math.floorDiv(shifted, 146_097L);
		long dayOfEra = shifted - era * 146_097;
		long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
		long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
		long monthFromMarch = (5 * dayOfYear + 2) / 153;
		int day = (int) (dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
		int month = (int) (monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
		long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
		if (year < 1000 || year > 9999) {
			return ascii(time(Instant.ofEpochSecond(seconds, fraction * 1000L)), into);
		}
		digits(into, 0, (int) year, 4);
		into[4] = '-';
		digits(into, 5, month, 2);
		into[7] = '-';
		digits(into, 8, day, 2);
		return 10;
	}

	private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

	private static void digits(byte[] into, int at, int value, int count) {
		for (int i = at + count - 1; i >= at; i--) {
			into[i] = (byte) ('0' + value % 10);
			value /= 10;
		}
	}

	private static int ascii(String text, byte[] into) {
		byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(bytes, 0, into, 0, bytes.length);
		return bytes.length;
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
