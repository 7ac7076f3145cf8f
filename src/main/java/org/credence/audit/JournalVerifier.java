package org.credence.audit;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Recomputes the chain from the first position to the last and names the first entry that does
 * not verify. Each hash is recomputed over the previous entry's stored hash, so a changed entry is
 * named itself rather than every entry after it.
 */
@Service
public class JournalVerifier {

	private static final int PAGE = 1000;

	private final JournalEntries entries;

	JournalVerifier(JournalEntries entries) {
		this.entries = entries;
	}

	public JournalVerification verify() {
		long position = 0;
		String previousHash = ChainHash.GENESIS;
		List<JournalEntry> page;
		do {
			page = entries.sealedAfter(position, PAGE);
			for (JournalEntry entry : page) {
				if (entry.position() != position + 1) {
					return failed(position, new JournalVerification.Failure(entry.position(), entry.id(), "position",
							Long.toString(position + 1), Long.toString(entry.position())));
				}
				String expected = ChainHash.of(entry, entry.position(), previousHash);
				if (!expected.equals(entry.hash())) {
					return failed(position, new JournalVerification.Failure(entry.position(), entry.id(), "hash",
							expected, entry.hash()));
				}
				position = entry.position();
				previousHash = entry.hash();
			}
		}
		while (page.size() == PAGE);
		return new JournalVerification(true, position, pending(), null);
	}

	private JournalVerification failed(long verified, JournalVerification.Failure failure) {
		return new JournalVerification(false, verified, pending(), failure);
	}

	/** Counted after reading the chain: an entry sealed meanwhile is verified, not also reported pending. */
	private long pending() {
		return entries.countUnsealed();
	}
}
