package org.credence.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes a range of the chain: positions in order, each hash over the previous entry's stored
 * hash, each MAC with the key. As each hash depends only on stored values, the range is cut into
 * parts checked at once on as many connections and cores, each part streamed through a cursor.
 */
@Component
class ChainScan {

	/** Below this many entries a part is not worth its own connection and thread. */
	private static final long PART = 100_000;

	private static final int FETCH = 5_000;

	/** The time formatted by the database as {@link ChainHash#time} does: no parsing and formatting a million times. */
	private static final String COLUMNS = "position, id, to_char(recorded_at at time zone 'UTC',"
			+ " 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), actor, action, subject_type, subject_id, change::text, hash, mac";

	private final JdbcTemplate streaming;

	private final TransactionTemplate readOnly;

	private final JournalKeys keys;

	private final JournalEntries entries;

	ChainScan(DataSource dataSource, PlatformTransactionManager transactions, JournalKeys keys, JournalEntries entries) {
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(FETCH);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.keys = keys;
		this.entries = entries;
	}

	/** Verifies positions {@code from + 1} to {@code to}, given the hash stored at {@code from}. */
	ChainSegment verify(long from, String previous, long to) {
		int parts = (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), (to - from) / PART));
		if (parts == 1) {
			return part(from, previous, to);
		}
		ExecutorService threads = Executors.newFixedThreadPool(parts);
		try {
			List<Future<ChainSegment>> results = new ArrayList<>();
			long start = from;
			String startHash = previous;
			for (int i = 1; i <= parts; i++) {
				long end = i == parts ? to : from + (to - from) * i / parts;
				long partFrom = start;
				String partPrevious = startHash;
				results.add(threads.submit(() -> part(partFrom, partPrevious, end)));
				start = end;
				// A cut through a missing or changed entry shows in the part before it, which stops there.
				startHash = Objects.requireNonNullElse(entries.hashAt(end), ChainHash.GENESIS);
			}
			for (Future<ChainSegment> result : results) {
				ChainSegment segment = result.get();
				if (segment.failure() != null || segment.verifiedTo() == to) {
					return segment;
				}
			}
			throw new IllegalStateException("Every part verified yet the last did not reach position " + to);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		}
		finally {
			threads.shutdownNow();
		}
	}

	private ChainSegment part(long from, String previous, long to) {
		return readOnly.execute(status -> {
			Mac mac = keys.mac();
			EntryContent content = new EntryContent();
			ChainSegment[] state = { new ChainSegment(from, previous, null) };
			streaming.query("select " + COLUMNS + " from journal_entry where position > ? and position <= ? order by position",
					rs -> {
						if (state[0].failure() == null) {
							content.set(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
									rs.getString(7), rs.getString(8));
							state[0] = state[0].next(rs.getLong(1), rs.getLong(2), content, rs.getString(9),
									rs.getString(10), mac);
						}
					}, from, to);
			return state[0].endedBefore(to);
		});
	}
}
