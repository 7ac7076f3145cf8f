package org.credence.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;

/**
 * The MAC every entry carries from the moment it is written: it shows the application wrote the
 * entry as it stands, which nobody without the key can fake (the database does not hold it).
 *
 * <p>HMAC-SHA256, written as 64 lowercase hex digits, over the tag {@code credence-journal-mac/1}
 * followed by these fields, encoded as in {@link ChainHash} (UTF-8, each preceded by its length as
 * a 4-byte big-endian integer): the id in decimal, the time as {@link ChainHash#time}, actor,
 * action, subject type, subject id, and the change's JSON text as stored. The id is covered, so a
 * copy of a genuine entry under another id does not verify either; the position is not, as the
 * sealer gives it later.
 */
final class EntryMac {

	/** What a report says was expected: never the right MAC, which would let anyone fix a forged entry. */
	static final String EXPECTED = "a MAC made with the journal's key";

	private static final byte[] VERSION = "credence-journal-mac/1".getBytes(StandardCharsets.UTF_8);

	private EntryMac() {
	}

	static String of(Mac mac, JournalEntry entry) {
		return of(mac, EntryContent.of(entry));
	}

	static String of(Mac mac, EntryContent content) {
		return HexFormat.of().formatHex(raw(mac, content));
	}

	private static byte[] raw(Mac mac, EntryContent content) {
		mac.update(VERSION);
		mac.update(content.bytes(), 0, content.length());
		return mac.doFinal();
	}

	/** Compared in constant time: how long the comparison takes says nothing about the right MAC. */
	static boolean verifies(Mac mac, JournalEntry entry) {
		return verifies(mac, EntryContent.of(entry), entry.mac());
	}

	static boolean verifies(Mac mac, EntryContent content, String stored) {
		return stored != null && verifies(mac, content, stored.getBytes(StandardCharsets.US_ASCII));
	}

	/** @param stored the stored MAC's hex digits as bytes, or null */
	static boolean verifies(Mac mac, EntryContent content, byte[] stored) {
		return stored != null && Hex.matchesInConstantTime(raw(mac, content), stored);
	}
}
