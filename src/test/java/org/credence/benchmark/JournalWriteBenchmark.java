package org.credence.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.audit.Journal;
import org.credence.benchmark.LoadGenerator.Result;
import org.credence.support.CredenceTest;

/**
 * What the journal costs a writer: committed transactions per second of one registry write (a
 * person registered), alone and with its journal entry, from concurrent writer threads for a fixed
 * time, while the sealer runs as in production. Also how long the sealer then needs to catch up.
 * Run with {@code ./mvnw -Pbenchmark verify}; figures go to target/journal-benchmark.md.
 */
@Tag("benchmark")
@CredenceTest
class JournalWriteBenchmark {

	private static final Duration WARM_UP = Duration.ofSeconds(3);

	private static final Duration MEASURE = Duration.ofSeconds(10);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Journal journal;

	@Test
	void writesPerSecondWithAndWithoutTheJournal() throws Exception {
		StringBuilder report = new StringBuilder("""
				| writer threads | without journal, tx/s | with journal, tx/s | change | with journal, sealer held back, tx/s | p50 ms without / with | p99 ms without / with | sealer caught up after |
				|---|---|---|---|---|---|---|---|
				""");
		for (int threads : new int[] { 1, 4, 16 }) {
			Result without = run(threads, false);
			Result with = run(threads, true);
			long caughtUpMillis = sealerCatchesUp();
			Result sealerHeld = sealerHeldBack(() -> run(threads, true));
			sealerCatchesUp();
			report.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %+.0f %% | %.0f | %.2f / %.2f | %.2f / %.2f | %d ms |%n",
					threads, without.perSecond(), with.perSecond(), 100 * (with.perSecond() / without.perSecond() - 1),
					sealerHeld.perSecond(), without.p50Millis(), with.p50Millis(), without.p99Millis(), with.p99Millis(),
					caughtUpMillis));
		}
		Files.writeString(Path.of("target/journal-benchmark.md"), report);
		System.out.println(report);
	}

	private long sealerCatchesUp() {
		long start = System.nanoTime();
		Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
			.until(() -> jdbc.sql("select count(*) from journal_entry where position is null").query(Long.class).single() == 0);
		return (System.nanoTime() - start) / 1_000_000;
	}

	/** The writers' own cost: the chain head's row lock, held here, keeps every sealer waiting meanwhile. */
	private Result sealerHeldBack(Callable<Result> writers) {
		return transactions.execute(status -> {
			jdbc.sql("select position from journal_chain_head for update").query(Long.class).single();
			try {
				return writers.call();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/** The write of PersonRegistration, without its checks, and with or without its journal entry. */
	private void register(boolean journaled) {
		transactions.executeWithoutResult(status -> {
			UUID id = UUID.randomUUID();
			jdbc.sql("""
					insert into person (id, name_native, name_latin, nationality, sex, recorded_at, recorded_by)
					values (:id, 'Бенчмарков', 'Benchmarkov', 'RUS', 'MALE', :now, 'benchmark')
					""").param("id", id).param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
			if (journaled) {
				journal.append("person.registered", "person", id, Map.of("id", id, "nameLatin", "Benchmarkov",
						"nameNative", "Бенчмарков", "nationality", "RUS", "sex", "MALE"));
			}
		});
	}

	private Result run(int threads, boolean journaled) throws Exception {
		return LoadGenerator.run(threads, WARM_UP, MEASURE, writer -> register(journaled));
	}
}
