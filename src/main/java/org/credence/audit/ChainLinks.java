package org.credence.audit;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Mac;

/**
 * The links of one part of the chain, checked as its rows stream in, in whatever order the table
 * holds them: each entry's MAC at once, and its hash as soon as the stored hash of the position
 * before is known, from this part or, at the end, from another ({@link #join}). Rows read in
 * position order pass straight through; a row read before its predecessor waits for it, which the
 * table's order (entries are sealed in position order) keeps rare. Every position is counted, so a
 * gap or a position held twice shows; the failure at the lowest position is the one reported.
 */
final class ChainLinks {

	/** Entries read before the one they link to, beyond which the range is read in position order instead. */
	static final int MOST_WAITING = 100_000;

	/** The rows come too far from position order to be linked in memory. */
	static final class TooDisordered extends RuntimeException {

		TooDisordered(int most) {
			super("More than " + most + " journal entries read before the entry they link to");
		}
	}

	/** An entry read before the one it links to. */
	private record Waiting(long position, long id, EntryContent content, byte[] storedHash) {
	}

	private final Mac mac;

	private final long from;

	private final BitSet seen = new BitSet();

	/** Stored hashes no entry has linked to yet, by position: the ends of runs read in order. */
	private final Map<Long, byte[]> unclaimed = new HashMap<>();

	/** By the position whose stored hash they need. */
	private final Map<Long, Waiting> waiting = new HashMap<>();

	/** The last stored hash read, while no other entry has linked to it: kept out of the map. */
	private long lastPosition = -1;

	private byte[] lastHash;

	private JournalVerification.Failure failure;

	private final int mostWaiting;

	/** @param mostWaiting beyond this many entries waiting for the one they link to, {@link TooDisordered} */
	ChainLinks(long from, Mac mac, int mostWaiting) {
		this.from = from;
		this.mac = mac;
		this.mostWaiting = mostWaiting;
	}

	/** The next entry read: its fields encoded, its stored hash and MAC as the bytes of their hex digits, or null. */
	void next(long position, long id, EntryContent content, byte[] storedHash, byte[] storedMac) {
		int bit = (int) (position - from - 1);
		if (seen.get(bit)) {
			fail(position, id, "position", "one entry at position " + position, "more than one");
			return;
		}
		seen.set(bit);
		if (!EntryMac.verifies(mac, content, storedMac)) {
			fail(position, id, "mac", EntryMac.EXPECTED, storedMac == null ? "null" : ascii(storedMac));
		}
		byte[] previous = claim(position - 1);
		if (previous != null) {
			link(position, id, content, storedHash, previous);
		}
		else {
			if (waiting.size() >= mostWaiting) {
				throw new TooDisordered(mostWaiting);
			}
			waiting.put(position - 1, new Waiting(position, id, new EntryContent().copy(content), storedHash));
		}
		Waiting next = waiting.isEmpty() ? null : waiting.remove(position);
		if (next != null) {
			link(next.position(), next.id(), next.content(), next.storedHash(), storedHash);
		}
		else {
			if (lastPosition >= 0) {
				unclaimed.put(lastPosition, lastHash);
			}
			lastPosition = position;
			lastHash = storedHash;
		}
	}

	/**
	 * Links the parts read apart, the first one after the hash stored at {@code from}, and checks
	 * that each position up to {@code to} is held exactly once.
	 *
	 * @return the lowest failure, or null when positions {@code from + 1} to {@code to} all verify
	 */
	static JournalVerification.Failure join(Iterable<ChainLinks> parts, long from, String previous, long to) {
		ChainLinks all = null;
		for (ChainLinks part : parts) {
			if (all == null) {
				all = part;
				continue;
			}
			if (all.seen.intersects(part.seen)) {
				BitSet twice = (BitSet) all.seen.clone();
				twice.and(part.seen);
				long position = from + 1 + twice.nextSetBit(0);
				all.fail(position, null, "position", "one entry at position " + position, "more than one");
			}
			all.seen.or(part.seen);
			all.keep(part.failure);
			all.unclaimed.putAll(part.unclaimed);
			if (part.lastPosition >= 0) {
				all.unclaimed.put(part.lastPosition, part.lastHash);
			}
			all.waiting.putAll(part.waiting);
		}
		if (all.lastPosition >= 0) {
			all.unclaimed.put(all.lastPosition, all.lastHash);
			all.lastPosition = -1;
		}
		all.unclaimed.put(from, previous.getBytes(StandardCharsets.US_ASCII));
		for (Waiting entry : all.waiting.values()) {
			byte[] before = all.unclaimed.get(entry.position() - 1);
			if (before != null) {
				all.link(entry.position(), entry.id(), entry.content(), entry.storedHash(), before);
			}
		}
		int missing = all.seen.nextClearBit(0);
		if (missing < to - from) {
			all.fail(from + 1 + missing, null, "position", Long.toString(from + 1 + missing), "none");
		}
		return all.failure;
	}

	private byte[] claim(long position) {
		if (lastPosition == position) {
			lastPosition = -1;
			return lastHash;
		}
		return unclaimed.isEmpty() ? null : unclaimed.remove(position);
	}

	private void link(long position, long id, EntryContent content, byte[] storedHash, byte[] previous) {
		byte[] expected = ChainHash.digest(position, content, previous, previous.length);
		if (!Hex.matches(expected, storedHash)) {
			fail(position, id, "hash", ascii(Hex.digits(expected)), storedHash == null ? "null" : ascii(storedHash));
		}
	}

	private void fail(long position, Long id, String mismatch, String expected, String found) {
		keep(new JournalVerification.Failure(position, id, mismatch, expected, found));
	}

	/** The lowest position wins; at one position, a gap before a wrong hash before a wrong MAC. */
	private void keep(JournalVerification.Failure candidate) {
		if (candidate != null && (failure == null || candidate.position() < failure.position()
				|| candidate.position().equals(failure.position()) && rank(candidate) < rank(failure))) {
			failure = candidate;
		}
	}

	private static int rank(JournalVerification.Failure failure) {
		return switch (failure.mismatch()) {
			case "position" -> 0;
			case "hash" -> 1;
			default -> 2;
		};
	}

	private static String ascii(byte[] bytes) {
		return new String(bytes, StandardCharsets.US_ASCII);
	}
}
