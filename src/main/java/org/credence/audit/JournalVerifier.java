package org.credence.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.Mac;

import org.springframework.stereotype.Service;

/**
 * Recomputes the chain and names the first entry that does not verify, then checks that the chain
 * still reaches every checkpoint it is given, the last one this server published and the end it
 * verified last. Each hash is recomputed over the previous entry's stored hash, so a changed entry
 * is named itself rather than every entry after it.
 *
 * <p>The server remembers how far the chain verified: the next verification, unless whole, starts
 * there once the hash stored at that position is still the one it verified, so a view costs the
 * entries sealed since. A rewrite that recomputed the hashes changes that stored hash and starts a
 * whole verification; an entry changed in place without its hash shows only in a whole one.
 */
@Service
public class JournalVerifier {

	private final JournalEntries entries;

	private final ChainScan scan;

	private final CheckpointFile checkpoints;

	private final JournalKeys keys;

	private final AtomicReference<Checkpoint> verifiedUpTo = new AtomicReference<>();

	JournalVerifier(JournalEntries entries, ChainScan scan, CheckpointFile checkpoints, JournalKeys keys) {
		this.entries = entries;
		this.scan = scan;
		this.checkpoints = checkpoints;
		this.keys = keys;
	}

	/** The whole chain, against the last checkpoint published by this server. */
	public JournalVerification verify() {
		return verify(true, null);
	}

	/** The chain as it stands, verified from where this server verified it last: what the journal page shows. */
	public JournalVerification sinceLastVerified() {
		return verify(false, null);
	}

	/** When the last checkpoint was published, if one was. */
	public Optional<Instant> lastCheckpointAt() {
		return checkpoints.latest().map(Checkpoint::time);
	}

	/**
	 * @param whole from the first position, rather than from where this server verified last
	 * @param kept a checkpoint kept by the caller, whose signature was checked, or null
	 */
	JournalVerification verify(boolean whole, Checkpoint kept) {
		long end = entries.lastPosition();
		Checkpoint remembered = verifiedUpTo.get();
		Checkpoint start = !whole && remembered != null && remembered.size() <= end
				&& remembered.hash().equals(entries.hashAt(remembered.size())) ? remembered : null;
		ChainSegment chain = start == null ? scan.verify(0, ChainHash.GENESIS, end)
				: scan.verify(start.size(), start.hash(), end);
		List<Checkpoint> against = new ArrayList<>();
		checkpoints.latest().ifPresent(against::add);
		Optional.ofNullable(kept).ifPresent(against::add);
		Optional.ofNullable(remembered).ifPresent(against::add);
		against.sort(Comparator.comparingLong(Checkpoint::size));
		JournalVerification.Failure failure = chain.failure();
		for (int i = 0; failure == null && i < against.size(); i++) {
			failure = reaches(chain, against.get(i));
		}
		List<JournalEntry> unsealed = entries.allUnsealed();
		Mac mac = keys.mac();
		List<JournalEntry> refused = unsealed.stream().filter(entry -> !EntryMac.verifies(mac, entry)).toList();
		if (failure == null && !refused.isEmpty()) {
			JournalEntry first = refused.get(0);
			failure = new JournalVerification.Failure(null, first.id(), "mac", EntryMac.EXPECTED, String.valueOf(first.mac()));
		}
		if (chain.failure() == null && failure == null || failure != null && failure.position() == null) {
			Checkpoint reached = new Checkpoint(chain.verifiedTo(), chain.hash(), null, null);
			verifiedUpTo.accumulateAndGet(reached, (was, now) -> was == null || now.size() > was.size() ? now : was);
		}
		return new JournalVerification(failure == null, start == null ? 0 : start.size(), chain.verifiedTo(), chain.hash(),
				unsealed.size() - refused.size(), refused.size(),
				against.isEmpty() ? null : against.get(against.size() - 1).size(), failure);
	}

	/** Whether the chain from one checkpoint leads to the other: nothing up to the first was rewritten since. */
	JournalVerification.Failure consistency(Checkpoint from, Checkpoint to) {
		ChainSegment chain = scan.verify(from.size(), from.hash(), to.size());
		return chain.failure() != null ? chain.failure() : reaches(chain, to);
	}

	private JournalVerification.Failure reaches(ChainSegment chain, Checkpoint checkpoint) {
		if (checkpoint.size() > chain.verifiedTo()) {
			return new JournalVerification.Failure(checkpoint.size(), null, "checkpoint", checkpoint.hash(),
					"none: the chain ends at position " + chain.verifiedTo());
		}
		String stored = checkpoint.size() == chain.verifiedTo() ? chain.hash() : entries.hashAt(checkpoint.size());
		return checkpoint.hash().equals(stored) ? null
				: new JournalVerification.Failure(checkpoint.size(), null, "checkpoint", checkpoint.hash(), stored);
	}
}
