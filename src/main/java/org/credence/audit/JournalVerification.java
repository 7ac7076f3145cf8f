package org.credence.audit;

/**
 * The outcome of recomputing the chain.
 *
 * @param ok every sealed entry verifies
 * @param verified sealed entries that verified, in position order, before the first failure if any
 * @param pending entries written but not yet sealed, which cannot be verified yet
 * @param firstFailure the first entry that does not verify, or null
 */
public record JournalVerification(boolean ok, long verified, long pending, Failure firstFailure) {

	/**
	 * @param mismatch {@code position} when the chain has a gap or disorder, {@code hash} when the stored
	 * hash is not the one recomputed from the entry's fields and the previous entry's hash: the entry
	 * (or its hash) was changed after sealing
	 */
	public record Failure(long position, long id, String mismatch, String expected, String found) {
	}

	/** What the command line prints. */
	public String describe() {
		StringBuilder text = new StringBuilder("Journal verification: ").append(ok ? "OK" : "FAILED").append('\n')
			.append("  entries verified: ").append(verified).append('\n')
			.append("  entries waiting to be sealed: ").append(pending).append('\n');
		if (firstFailure != null) {
			text.append("  first entry that does not verify: position ").append(firstFailure.position())
				.append(", id ").append(firstFailure.id()).append(", ").append(firstFailure.mismatch())
				.append(" mismatch (expected ").append(firstFailure.expected()).append(", found ")
				.append(firstFailure.found()).append(")\n");
		}
		return text.toString();
	}
}
