package org.credence.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recomputes a range of the chain: positions in order, each hash over the previous entry's stored
 * hash, each MAC with the key. As each hash depends only on stored values, the range is cut into
 * parts checked at once on as many connections and cores, each part streamed through a binary
 * {@code COPY}: the database sends the rows without waiting for the next fetch, and their fields
 * are hashed from the bytes received.
 */
@Component
class ChainScan {

	/** Below this many entries a part is not worth its own connection and thread. */
	private static final long PART = 100_000;

	/** In binary, in this order: the time as microseconds, text as its UTF-8 bytes, hash and MAC as hex digits. */
	private static final String COLUMNS = "position, id, recorded_at, actor, action, subject_type, subject_id, change, hash, mac";

	private final JdbcTemplate streaming;

	private final JournalKeys keys;

	private final JournalEntries entries;

	ChainScan(DataSource dataSource, JournalKeys keys, JournalEntries entries) {
		this.streaming = new JdbcTemplate(dataSource);
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
		return streaming.execute((ConnectionCallback<ChainSegment>) connection -> {
			ChainCheck check = new ChainCheck(from, previous, keys.mac());
			String copy = "copy (select " + COLUMNS + " from journal_entry where position > " + from + " and position <= "
					+ to + " order by position) to stdout (format binary)";
			try (InputStream in = new PGCopyInputStream(connection.unwrap(PGConnection.class), copy)) {
				CopyRows rows = new CopyRows(in, 10);
				EntryContent content = new EntryContent();
				byte[] time = new byte[64];
				while (rows.next()) {
					// After a failure the rest is read and dropped: the part's connection is left as it was.
					if (!check.failed()) {
						content.start().field(Long.toString(rows.int64(1)));
						if (rows.length(2) < 0) {
							content.field(null, 0, -1);
						}
						else {
							content.field(time, 0, ChainHash.time(rows.int64(2), time));
						}
						for (int field = 3; field <= 7; field++) {
							content.field(rows.bytes(), rows.offset(field), rows.length(field));
						}
						check.next(rows.int64(0), rows.int64(1), content, copied(rows, 8), copied(rows, 9));
					}
				}
			}
			catch (IOException e) {
				throw new DataAccessResourceFailureException("Could not read the journal to verify it", e);
			}
			return check.endedBefore(to);
		});
	}

	private static byte[] copied(CopyRows rows, int field) {
		int length = rows.length(field);
		return length < 0 ? null : Arrays.copyOfRange(rows.bytes(), rows.offset(field), rows.offset(field) + length);
	}
}
