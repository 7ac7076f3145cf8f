package org.credence.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes a range of the chain: each hash over the previous entry's stored hash, each MAC with
 * the key, each position held once. Rows come through a binary {@code COPY}, the database sending
 * them without waiting for a fetch, and their fields are hashed from the bytes received. A short
 * range (what the page verifies since last time) is read through the position index; a long one
 * in the table's own order, which costs the database a third of the index's order, cut into block
 * ranges read at once on as many connections and cores, all in one snapshot ({@link ChainLinks}
 * links the rows whatever their order).
 */
@Component
class ChainScan {

	/** In binary, in this order: the time as microseconds, text as its UTF-8 bytes, hash and MAC as hex digits. */
	private static final String COLUMNS = "position, id, recorded_at, actor, action, subject_type, subject_id, change, hash, mac";

	/** Below this many entries, the index is the quicker way to the range. */
	private final long shortRange;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate snapshot;

	private final JournalKeys keys;

	@Autowired
	ChainScan(DataSource dataSource, PlatformTransactionManager transactions, JournalKeys keys) {
		this(dataSource, transactions, keys, 100_000);
	}

	ChainScan(DataSource dataSource, PlatformTransactionManager transactions, JournalKeys keys, long shortRange) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
		this.keys = keys;
		this.shortRange = shortRange;
	}

	/** Verifies positions {@code from + 1} to {@code to}, given the hash stored at {@code from}. */
	ChainSegment verify(long from, String previous, long to) {
		List<ChainLinks> parts = to - from < shortRange
				? List.of(read(from, "where position > " + from + " and position <= " + to + " order by position"))
				: readInParts(from, to);
		JournalVerification.Failure failure = ChainLinks.join(parts, from, previous, to);
		if (failure == null) {
			return new ChainSegment(to, hashAt(to, previous, from), null);
		}
		long verified = failure.position() - 1;
		return new ChainSegment(verified, hashAt(verified, previous, from), failure);
	}

	private String hashAt(long position, String previous, long from) {
		return position == from ? previous
				: jdbc.queryForList("select hash from journal_entry where position = ? order by id limit 1", String.class,
						position).stream().findFirst().orElse(null);
	}

	private List<ChainLinks> readInParts(long from, long to) {
		int count = Runtime.getRuntime().availableProcessors();
		return snapshot.execute(status -> {
			String shared = jdbc.queryForObject("select pg_export_snapshot()", String.class);
			long blocks = jdbc.queryForObject(
					"select pg_relation_size('journal_entry') / current_setting('block_size')::bigint", Long.class);
			ExecutorService threads = Executors.newFixedThreadPool(count);
			try {
				List<Future<ChainLinks>> reading = new ArrayList<>();
				for (int i = 0; i < count; i++) {
					long first = blocks * i / count;
					// The last part has no end: it also reads any block added since the size was taken.
					String blocksOf = "ctid >= '(" + first + ",0)'"
							+ (i == count - 1 ? "" : " and ctid < '(" + blocks * (i + 1) / count + ",0)'");
					String where = "where " + blocksOf + " and position > " + from + " and position <= " + to;
					reading.add(threads.submit(() -> snapshot.execute(part -> {
						jdbc.execute("set transaction snapshot '" + shared + "'");
						return read(from, where);
					})));
				}
				List<ChainLinks> parts = new ArrayList<>();
				for (Future<ChainLinks> part : reading) {
					parts.add(part.get());
				}
				return parts;
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
		});
	}

	private ChainLinks read(long from, String where) {
		return jdbc.execute((ConnectionCallback<ChainLinks>) connection -> {
			ChainLinks links = new ChainLinks(from, keys.mac());
			String copy = "copy (select " + COLUMNS + " from journal_entry " + where + ") to stdout (format binary)";
			try (InputStream in = new PGCopyInputStream(connection.unwrap(PGConnection.class), copy)) {
				CopyRows rows = new CopyRows(in, 10);
				EntryContent content = new EntryContent();
				byte[] time = new byte[64];
				long[] day = { Long.MIN_VALUE };
				while (rows.next()) {
					content.start().field(Long.toString(rows.int64(1)));
					if (rows.length(2) < 0) {
						content.field(null, 0, -1);
					}
					else {
						content.field(time, 0, ChainHash.time(rows.int64(2), time, day));
					}
					for (int field = 3; field <= 7; field++) {
						content.field(rows.bytes(), rows.offset(field), rows.length(field));
					}
					links.next(rows.int64(0), rows.int64(1), content, copied(rows, 8), copied(rows, 9));
				}
			}
			catch (IOException e) {
				throw new DataAccessResourceFailureException("Could not read the journal to verify it", e);
			}
			return links;
		});
	}

	private static byte[] copied(CopyRows rows, int field) {
		int length = rows.length(field);
		return length < 0 ? null : Arrays.copyOfRange(rows.bytes(), rows.offset(field), rows.offset(field) + length);
	}
}
