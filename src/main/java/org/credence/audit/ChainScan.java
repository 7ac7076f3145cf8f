package org.credence.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes a range of the chain: each hash over the previous entry's stored hash, each MAC with
 * the key, each position held once. A short range (what the page verifies since last time) is read
 * through the position index; a long one in the table's own order, which costs the database half
 * of the index's order, cut into block ranges read at once on one connection per core (at most
 * {@value #MOST_PARTS}, not to take the pool from the requests), all in one snapshot.
 */
@Component
class ChainScan {

	static final int MOST_PARTS = 4;

	/** Block ranges are read as such (a TID range scan) from PostgreSQL 14; before, each would read the whole table. */
	private static final int TID_RANGES_FROM = 140_000;

	/** Below this many entries, the index is the quicker way to the range. */
	private final long shortRange;

	/** Beyond this many entries read before the one they link to, the range is read in position order. */
	private final int mostWaiting;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate snapshot;

	private final JournalKeys keys;

	@Autowired
	ChainScan(DataSource dataSource, PlatformTransactionManager transactions, JournalKeys keys) {
		this(dataSource, transactions, keys, 100_000, ChainLinks.MOST_WAITING);
	}

	ChainScan(DataSource dataSource, PlatformTransactionManager transactions, JournalKeys keys, long shortRange,
			int mostWaiting) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
		this.keys = keys;
		this.shortRange = shortRange;
		this.mostWaiting = mostWaiting;
	}

	/** Verifies positions {@code from + 1} to {@code to}, given the hash stored at {@code from}. */
	ChainSegment verify(long from, String previous, long to) {
		List<ChainLinks> parts;
		try {
			parts = to - from < shortRange ? List.of(inPositionOrder(from, to)) : inTableOrder(from, to);
		}
		catch (ChainLinks.TooDisordered e) {
			// The table holds the range too far from position order to link it in memory: read it in that order.
			parts = List.of(inPositionOrder(from, to));
		}
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

	private ChainLinks inPositionOrder(long from, long to) {
		return ChainCopy.read(jdbc, new ChainLinks(from, keys.mac(), Integer.MAX_VALUE),
				"where position > " + from + " and position <= " + to + " order by position");
	}

	private List<ChainLinks> inTableOrder(long from, long to) {
		String range = "position > " + from + " and position <= " + to;
		Integer version = jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class);
		int count = version < TID_RANGES_FROM ? 1 : Math.min(MOST_PARTS, Runtime.getRuntime().availableProcessors());
		if (count == 1) {
			return List.of(ChainCopy.read(jdbc, new ChainLinks(from, keys.mac(), mostWaiting), "where " + range));
		}
		return snapshot.execute(status -> {
			String shared = jdbc.queryForObject("select pg_export_snapshot()", String.class);
			if (!shared.matches("[0-9A-F]+-[0-9A-F]+(-[0-9]+)?")) {
				throw new IllegalStateException("Not a snapshot name: " + shared);
			}
			long blocks = jdbc.queryForObject(
					"select pg_relation_size('journal_entry') / current_setting('block_size')::bigint", Long.class);
			ExecutorService threads = Executors.newFixedThreadPool(count);
			try {
				List<Future<ChainLinks>> reading = new ArrayList<>();
				for (int i = 0; i < count; i++) {
					// The last part has no end: it also reads any block added since the size was taken.
					String blocksOf = "ctid >= '(" + blocks * i / count + ",0)'"
							+ (i == count - 1 ? "" : " and ctid < '(" + blocks * (i + 1) / count + ",0)'");
					reading.add(threads.submit(() -> snapshot.execute(part -> {
						jdbc.execute("set transaction snapshot '" + shared + "'");
						return ChainCopy.read(jdbc, new ChainLinks(from, keys.mac(), mostWaiting),
								"where " + blocksOf + " and " + range);
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
				finish(threads);
			}
		});
	}

	/** Waits for every part, even after one failed: none keeps a connection once the verification has answered. */
	private static void finish(ExecutorService threads) {
		threads.shutdown();
		try {
			threads.awaitTermination(10, TimeUnit.MINUTES);
		}
		catch (InterruptedException e) {
			threads.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}
}
