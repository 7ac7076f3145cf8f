package org.credence.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * An entry's time as {@link ChainHash#time(Instant)} writes it, from a {@code timestamptz} as
 * PostgreSQL sends it in binary (microseconds since 2000-01-01 UTC) and without a formatter: a
 * million of them are a verification's worth.
 */
final class EntryTime {

	/** No day written yet: what a caller's {@code day} holds first. */
	static final long NO_DAY = Long.MIN_VALUE;

	private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

	private EntryTime() {
	}

	/**
	 * Writes the time into {@code into} (at least 32 bytes) and returns the count of bytes written.
	 * {@code day} holds the day whose date {@code into} already holds ({@link #NO_DAY} when none):
	 * entries of one day, read in a row, skip the calendar.
	 */
	static int write(long postgresMicros, byte[] into, long[] day) {
		if (postgresMicros == Long.MAX_VALUE || postgresMicros == Long.MIN_VALUE) {
			return whole(postgresMicros > 0 ? "infinity" : "-infinity", into, day);
		}
		long micros = postgresMicros + POSTGRES_EPOCH_MICROS;
		long seconds = Math.floorDiv(micros, 1_000_000L);
		int fraction = (int) Math.floorMod(micros, 1_000_000L);
		long days = Math.floorDiv(seconds, 86_400L);
		int second = (int) Math.floorMod(seconds, 86_400L);
		if (day[0] != days && !date(days, into)) {
			return whole(ChainHash.time(Instant.ofEpochSecond(seconds, fraction * 1000L)), into, day);
		}
		day[0] = days;
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

	/** The date as yyyy-MM-dd in the first 10 bytes; false, writing nothing, outside the years 1000 to 9999. */
	private static boolean date(long days, byte[] into) {
		// Days to a civil date: Howard Hinnant's algorithm, in eras of 400 years starting in March.
		long shifted = days + 719_468;
		long era = Math.floorDiv(shifted, 146_097L);
		long dayOfEra = shifted - era * 146_097;
		long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
		long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
		long monthFromMarch = (5 * dayOfYear + 2) / 153;
		int dayOfMonth = (int) (dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
		int month = (int) (monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
		long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
		if (year < 1000 || year > 9999) {
			return false;
		}
		digits(into, 0, (int) year, 4);
		into[4] = '-';
		digits(into, 5, month, 2);
		into[7] = '-';
		digits(into, 8, dayOfMonth, 2);
		return true;
	}

	/** A time written whole, over the date {@code into} held: the next one writes its date again. */
	private static int whole(String text, byte[] into, long[] day) {
		byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(bytes, 0, into, 0, bytes.length);
		day[0] = NO_DAY;
		return bytes.length;
	}

	private static void digits(byte[] into, int at, int value, int count) {
		int rest = value;
		for (int i = at + count - 1; i >= at; i--) {
			into[i] = (byte) ('0' + rest % 10);
			rest /= 10;
		}
	}
}
