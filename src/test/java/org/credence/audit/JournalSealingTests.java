package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.support.CredenceTest;

/** Writers never wait for the sealer nor for each other, and the chain stays gapless whatever runs at once. */
@CredenceTest
class JournalSealingTests {

	@Autowired
	Journal journal;

	@Autowired
	JournalSealer sealer;

	@Autowired
	JournalVerifier verifier;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWriterStillOpenNeitherBlocksTheSealerNorIsSealedBeforeItCommits() throws Exception {
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		String subject = "open-writer-" + System.nanoTime();
		ExecutorService writer = Executors.newSingleThreadExecutor();
		try {
			CompletableFuture<Long> unsealedBeforeCommit = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
				journal.append("test.written", "test", subject, Map.of("n", 1));
				written.countDown();
				await(commit);
				// Seen from inside the writer's transaction, which the sealer cannot see into.
				return count(subject, "position is null");
			}), writer);
			await(written);

			CompletableFuture<Integer> sealing = CompletableFuture.supplyAsync(sealer::sealPending);
			assertThat(sealing.get(10, TimeUnit.SECONDS)).as("the sealer returns while the writer is open").isNotNegative();

			commit.countDown();
			assertThat(unsealedBeforeCommit.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		}
		finally {
			commit.countDown();
			writer.shutdown();
		}
		sealer.sealPending();
		assertThat(count(subject, "position is not null")).isEqualTo(1);
	}

	@Test
	void concurrentWritersAndSealersLeaveAGaplessChainThatVerifies() throws Exception {
		String subject = "concurrent-" + System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<CompletableFuture<?>> work = new ArrayList<>();
			for (int writer = 0; writer < 8; writer++) {
				int w = writer;
				work.add(CompletableFuture.runAsync(() -> {
					for (int i = 0; i < 25; i++) {
						int n = i;
						transactions.executeWithoutResult(status -> journal.append("test.written", "test", subject,
								Map.of("writer", w, "n", n)));
					}
				}, pool));
			}
			for (int sealers = 0; sealers < 2; sealers++) {
				work.add(CompletableFuture.runAsync(() -> {
					for (int i = 0; i < 20; i++) {
						sealer.sealPending();
					}
				}, pool));
			}
			CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdown();
		}

		// The writers may have finished after the sealers' last round.
		sealer.sealPending();
		assertThat(count(subject, "position is not null")).isEqualTo(200);
		long sealed = jdbc.sql("select count(*) from journal_entry where position is not null").query(Long.class).single();
		long last = jdbc.sql("select max(position) from journal_entry").query(Long.class).single();
		assertThat(last).as("gapless positions").isEqualTo(sealed);
		JournalVerification verification = verifier.verify();
		assertThat(verification.ok()).as(verification.describe()).isTrue();
		assertThat(verification.verified()).isGreaterThanOrEqualTo(last);
	}

	private long count(String subject, String condition) {
		return jdbc.sql("select count(*) from journal_entry where subject_id = ? and " + condition)
			.param(subject)
			.query(Long.class)
			.single();
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
