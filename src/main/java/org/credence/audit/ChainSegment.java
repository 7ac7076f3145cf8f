package org.credence.audit;

import javax.crypto.Mac;

/**
 * How far a range of the chain verified: up to which position and the hash stored there, and the
 * first failure after it, if any; extended one entry at a time, in position order.
 */
record ChainSegment(long verifiedTo, String hash, JournalVerification.Failure failure) {

	/** This segment with one more entry, or with its failure: position, then hash, then MAC. */
	ChainSegment next(long position, long id, EntryContent content, String storedHash, String storedMac, Mac mac) {
		long expectedPosition = verifiedTo + 1;
		if (position != expectedPosition) {
			return failed(position, id, "position", Long.toString(expectedPosition), Long.toString(position));
		}
		String expected = ChainHash.of(position, content, hash);
		if (!expected.equals(storedHash)) {
			return failed(position, id, "hash", expected, storedHash);
		}
		if (!EntryMac.verifies(mac, content, storedMac)) {
			return failed(position, id, "mac", EntryMac.EXPECTED, String.valueOf(storedMac));
		}
		return new ChainSegment(position, storedHash, null);
	}

	/** The entries before {@code to} are missing: the range ends early. */
	ChainSegment endedBefore(long to) {
		return failure != null || verifiedTo >= to ? this
				: failed(verifiedTo + 1, null, "position", Long.toString(verifiedTo + 1), "none");
	}

	private ChainSegment failed(long position, Long id, String mismatch, String expected, String found) {
		return new ChainSegment(verifiedTo, hash, new JournalVerification.Failure(position, id, mismatch, expected, found));
	}
}
