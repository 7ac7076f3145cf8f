package org.credence.audit;

/**
 * The outcome of recomputing the chain.
 *
 * @param ok every sealed entry verifies, the chain reaches every checkpoint checked with its hash,
 * and no entry was refused for want of a valid MAC
 * @param from the position this verification started after: 0 when it recomputed the whole chain,
 * else the end of the chain already verified by this server
 * @param verified sealed entries that verified, in position order, before the first failure if any
 * @param hash the hash at position {@code verified}, to keep as a checkpoint of one's own
 * @param pending entries written but not yet sealed, which cannot be verified yet
 * @param rejected entries left out of the chain because their MAC does not verify: written by
 * someone without the key
 * @param checkpoint the furthest checkpoint checked, its size, or null when none was
 * @param firstFailure the first entry that does not verify, or null
 */
public record JournalVerification(boolean ok, long from, long verified, String hash, long pending, long rejected,
		Long checkpoint, Failure firstFailure) {

	/**
	 * @param mismatch {@code position} when the chain has a gap or disorder; {@code hash} when the stored
	 * hash is not the one recomputed from the entry's fields and the previous entry's hash (the entry or
	 * its hash was changed after sealing); {@code mac} when the entry's MAC does not verify (it was not
	 * written by the application as it stands); {@code checkpoint} when the chain no longer reaches a
	 * checkpoint's position with its hash (entries were removed or rewritten since)
	 * @param position null for an entry left out of the chain
	 * @param id null when no entry holds the position
	 */
	public record Failure(Long position, Long id, String mismatch, String expected, String found) {
	}

	/** What the command line prints. */
	public String describe() {
		StringBuilder text = new StringBuilder("Journal verification: ").append(ok ? "OK" : "FAILED").append('\n')
			.append("  entries verified: ").append(verified).append(from > 0 ? " (from position " + from + ")" : "")
			.append('\n')
			.append("  hash at position ").append(verified).append(": ").append(hash).append('\n')
			.append("  entries waiting to be sealed: ").append(pending).append('\n')
			.append("  entries refused, without a valid MAC: ").append(rejected).append('\n');
		if (checkpoint != null) {
			text.append("  checkpoint checked: position ").append(checkpoint).append('\n');
		}
		if (firstFailure != null) {
			text.append("  first entry that does not verify: ")
				.append(firstFailure.position() == null ? "outside the chain" : "position " + firstFailure.position())
				.append(", id ").append(firstFailure.id() == null ? "none" : firstFailure.id()).append(", ")
				.append(firstFailure.mismatch()).append(" mismatch (expected ").append(firstFailure.expected())
				.append(", found ").append(firstFailure.found()).append(")\n");
		}
		return text.toString();
	}
}
