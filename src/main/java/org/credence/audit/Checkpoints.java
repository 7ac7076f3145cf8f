package org.credence.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes signed checkpoints of the chain: appended to the checkpoint file, written to the log,
 * and kept in the database for the API. A checkpoint is published only over a chain that verifies
 * from the previous one, so a rewritten chain never gets one; it is due once
 * {@code checkpoint-entries} entries were sealed since the last, or {@code checkpoint-interval} after it.
 */
@Component
class Checkpoints {

	private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

	private final JournalVerifier verifier;

	private final CheckpointFile file;

	private final JournalKeys keys;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JournalProperties properties;

	/** Before the first checkpoint, the interval counts from the start of this server. */
	private final Instant started;

	/**
	 * After a chain that did not verify, when to try again: not at every sealing, which would recompute
	 * the whole chain and log the same error four times a second.
	 */
	private Instant retryAfter = Instant.MIN;

	Checkpoints(JournalVerifier verifier, CheckpointFile file, JournalKeys keys, JdbcClient jdbc, Clock clock,
			JournalProperties properties) {
		this.verifier = verifier;
		this.file = file;
		this.keys = keys;
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		this.started = clock.instant();
	}

	void publishIfDue() {
		if (clock.instant().isBefore(retryAfter)) {
			return;
		}
		long head = jdbc.sql("select position from journal_chain_head").query(Long.class).single();
		Optional<Checkpoint> last = file.latest();
		long size = last.map(Checkpoint::size).orElse(0L);
		Instant since = last.map(Checkpoint::time).orElse(started);
		if (head > size && (head - size >= properties.checkpointEntries()
				|| !clock.instant().isBefore(since.plus(properties.checkpointInterval())))) {
			publish();
		}
	}

	/** A checkpoint of the chain as verified now, unless it does not verify or has not grown since the last. */
	synchronized Optional<Checkpoint> publish() {
		JournalVerification verification = verifier.verify(false, null);
		if (!verification.ok() && (verification.firstFailure().position() != null)) {
			log.error("No journal checkpoint published: the chain does not verify\n{}", verification.describe());
			retryAfter = clock.instant().plus(properties.checkpointInterval());
			return Optional.empty();
		}
		retryAfter = Instant.MIN;
		if (verification.verified() <= file.latest().map(Checkpoint::size).orElse(0L)) {
			return Optional.empty();
		}
		Checkpoint checkpoint = Checkpoint.signed(verification.verified(), verification.hash(),
				clock.instant().truncatedTo(ChronoUnit.MICROS), keys);
		file.append(checkpoint);
		log.info("Journal checkpoint {}", checkpoint.json());
		jdbc.sql("""
				insert into journal_checkpoint (size, hash, signed_at, signature) values (?, ?, ?, ?)
				on conflict (size) do nothing""")
			.params(checkpoint.size(), checkpoint.hash(), OffsetDateTime.ofInstant(checkpoint.time(), ZoneOffset.UTC),
					checkpoint.signature())
			.update();
		return Optional.of(checkpoint);
	}

	/** Newest first, those below {@code before} (a size), at most {@code limit}. */
	List<Checkpoint> page(long before, int limit) {
		return jdbc.sql("select size, hash, signed_at, signature from journal_checkpoint where size < ? order by size desc limit ?")
			.params(before, limit)
			.query((rs, row) -> new Checkpoint(rs.getLong("size"), rs.getString("hash"),
					rs.getObject("signed_at", OffsetDateTime.class).toInstant(), rs.getString("signature")))
			.list();
	}
}
