package org.credence.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import javax.crypto.Mac;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains committed entries shortly after they are written, as certificate-transparency logs do:
 * each gets the next gapless position and its hash over the previous one. Only the sealer
 * serializes, on the row lock of the chain head, so one sealer works at a time across every
 * instance while writers never wait for it. An entry whose MAC does not verify was not written by
 * the application as it stands: it is never chained, but refused, logged and reported by every
 * verification. After sealing, a checkpoint is published when one is due.
 */
@Component
class JournalSealer {

	private static final Logger log = LoggerFactory.getLogger(JournalSealer.class);

	private static final int BATCH = 500;

	private final JournalEntries entries;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JournalKeys keys;

	private final Checkpoints checkpoints;

	private final Clock clock;

	JournalSealer(JournalEntries entries, JdbcClient jdbc, TransactionTemplate transactions, JournalKeys keys,
			Checkpoints checkpoints, Clock clock) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.keys = keys;
		this.checkpoints = checkpoints;
		this.clock = clock;
	}

	private record Head(long position, String hash) {
	}

	@Scheduled(fixedDelay = 250)
	void sealOnSchedule() {
		sealPending();
		checkpoints.publishIfDue();
	}

	/** Seals every entry committed before the call; returns how many it sealed. */
	int sealPending() {
		int total = 0;
		Batch batch;
		do {
			batch = transactions.execute(status -> sealBatch());
			total += batch.sealed();
		}
		while (batch.read() == BATCH);
		return total;
	}

	/** Entries read in one batch, and how many of them were sealed rather than refused. */
	private record Batch(int read, int sealed) {
	}
	private Batch sealBatch() {
		Head head = jdbc.sql("select position, hash from journal_chain_head for update")
			.query((rs, row) -> new Head(rs.getLong("position"), rs.getString("hash")))
			.single();
		// Read after taking the lock: a sealer that waited sees what the previous one sealed.
		List<JournalEntry> read = entries.unsealed(BATCH);
		Mac mac = keys.mac();
		List<JournalEntry> batch = read.stream().filter(entry -> EntryMac.verifies(mac, entry)).toList();
		if (batch.size() < read.size()) {
			List<Long> refused = read.stream().filter(entry -> !batch.contains(entry)).map(JournalEntry::id).toList();
			entries.refuse(refused, OffsetDateTime.now(clock));
			log.error("Journal entries {} refused: their MAC does not verify, so the application did not write them as"
					+ " they stand; they stay out of the chain", refused);
		}
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
		return new Batch(read.size(), batch.size());
	}
}
