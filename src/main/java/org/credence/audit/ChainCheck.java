package org.credence.audit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.crypto.Mac;

/**
 * One part of the chain checked as its rows stream in, in position order: each position the one
 * after the last, each stored hash the one recomputed over the previous stored hash, each MAC made
 * with the key. It stops at the first failure; the hashes are compared as bytes, as they are read.
 */
final class ChainCheck {

	private final Mac mac;

	private long verifiedTo;

	private byte[] hash;

	private JournalVerification.Failure failure;

	ChainCheck(long from, String previous, Mac mac) {
		this.verifiedTo = from;
		this.hash = previous.getBytes(StandardCharsets.US_ASCII);
		this.mac = mac;
	}

	boolean failed() {
		return failure != null;
	}

	/**
	 * The next entry: its position and id, its fields encoded, and its stored hash and MAC as the
	 * ASCII bytes of their hex digits (null when the column is null).
	 */
	void next(long position, long id, EntryContent content, byte[] storedHash, byte[] storedMac) {
		long expectedPosition = verifiedTo + 1;
		if (position != expectedPosition) {
			fail(position, id, "position", Long.toString(expectedPosition), Long.toString(position));
			return;
		}
		byte[] expected = Hex.digits(ChainHash.digest(position, content, hash, hash.length));
		if (!Arrays.equals(expected, storedHash)) {
			fail(position, id, "hash", ascii(expected), storedHash == null ? "null" : ascii(storedHash));
			return;
		}
		if (!EntryMac.verifies(mac, content, storedMac)) {
			fail(position, id, "mac", EntryMac.EXPECTED, storedMac == null ? "null" : ascii(storedMac));
			return;
		}
		verifiedTo = position;
		hash = storedHash;
	}

	/** How far the part verified; entries missing before {@code to} end it with a failure. */
	ChainSegment endedBefore(long to) {
		if (failure == null && verifiedTo < to) {
			fail(verifiedTo + 1, null, "position", Long.toString(verifiedTo + 1), "none");
		}
		return new ChainSegment(verifiedTo, ascii(hash), failure);
	}

	private void fail(long position, Long id, String mismatch, String expected, String found) {
		failure = new JournalVerification.Failure(position, id, mismatch, expected, found);
	}

	private static String ascii(byte[] bytes) {
		return new String(bytes, StandardCharsets.US_ASCII);
	}
}
