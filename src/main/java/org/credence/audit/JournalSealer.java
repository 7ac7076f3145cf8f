package org.credence.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains committed entries shortly after they are written, as certificate-transparency logs do:
 * each gets the next gapless position and its hash over the previous one. Only the sealer
 * serializes, on the row lock of the chain head, so one sealer works at a time across every
 * instance while writers never wait for it.
 */
@Component
class JournalSealer {

	private static final int BATCH = 500;

	private final JournalEntries entries;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	JournalSealer(JournalEntries entries, JdbcClient jdbc, TransactionTemplate transactions) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	private record Head(long position, String hash) {
	}

	@Scheduled(fixedDelay = 250)
	void sealOnSchedule() {
		sealPending();
	}

	/** Seals every entry committed before the call; returns how many it sealed. */
	int sealPending() {
		int total = 0;
		int sealed;
		do {
			sealed = transactions.execute(status -> sealBatch());
			total += sealed;
		}
		while (sealed == BATCH);
		return total;
	}

	private int sealBatch() {
		Head head = jdbc.sql("select position, hash from journal_chain_head for update")
			.query((rs, row) -> new Head(rs.getLong("position"), rs.getString("hash")))
			.single();
		// Read after taking the lock: a sealer that waited sees what the previous one sealed.
		List<JournalEntry> batch = entries.unsealed(BATCH);
		for (JournalEntry entry : batch) {
			long position = head.position() + 1;
			head = new Head(position, ChainHash.of(entry, position, head.hash()));
			jdbc.sql("update journal_entry set position = :position, hash = :hash where id = :id and position is null")
				.param("position", position)
				.param("hash", head.hash())
				.param("id", entry.id())
				.update();
		}
		if (!batch.isEmpty()) {
			jdbc.sql("update journal_chain_head set position = :position, hash = :hash")
				.param("position", head.position())
				.param("hash", head.hash())
				.update();
		}
		return batch.size();
	}
}
