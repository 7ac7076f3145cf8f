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
		Long[] ids = new Long[batch.size()];
		Long[] positions = new Long[batch.size()];
		String[] hashes = new String[batch.size()];
		for (int i = 0; i < batch.size(); i++) {
			long position = head.position() + 1;
			head = new Head(position, ChainHash.of(batch.get(i), position, head.hash()));
			ids[i] = batch.get(i).id();
			positions[i] = position;
			hashes[i] = head.hash();
		}
		if (!batch.isEmpty()) {
			// One statement for the batch: the sealer must keep up with many writers.
			int sealed = jdbc.sql("""
					update journal_entry e set position = s.position, hash = s.hash
					from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as text[])) as s (id, position, hash)
					where e.id = s.id and e.position is null
					""")
				.params(ids, positions, hashes)
				.update();
			if (sealed != batch.size()) {
				// Only a sealer bypassing the head's lock could cause this; rolling back keeps the head true.
				throw new IllegalStateException("Sealed " + sealed + " of " + batch.size() + " journal entries");
			}
			jdbc.sql("update journal_chain_head set position = :position, hash = :hash")
				.param("position", head.position())
				.param("hash", head.hash())
				.update();
		}
		return batch.size();
	}
}
