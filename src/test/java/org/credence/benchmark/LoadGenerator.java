package org.credence.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Runs one operation from several client threads for a fixed time: throughput and latency percentiles. */
final class LoadGenerator {

	record Result(double perSecond, double p50Millis, double p95Millis, double p99Millis) {
	}

	private LoadGenerator() {
	}

	/** A warm-up of the same operation first, whose figures are thrown away. */
	static Result run(int clients, Duration warmUp, Duration measure, IntConsumer operation) throws Exception {
		measure(clients, warmUp, operation);
		return measure(clients, measure, operation);
	}

	/** @param operation called again and again until the time is up, with the index of the calling client */
	static Result measure(int clients, Duration duration, IntConsumer operation) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long deadline = System.nanoTime() + duration.toNanos();
		List<Future<List<Long>>> workers = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			int client = i;
			workers.add(pool.submit(() -> {
				List<Long> latencies = new ArrayList<>();
				while (System.nanoTime() < deadline) {
					long start = System.nanoTime();
					operation.accept(client);
					latencies.add(System.nanoTime() - start);
				}
				return latencies;
			}));
		}
		List<Long> all = new ArrayList<>();
		try {
			for (Future<List<Long>> worker : workers) {
				all.addAll(worker.get());
			}
		}
		finally {
			pool.shutdown();
		}
		Collections.sort(all);
		return new Result(all.size() / (double) duration.toSeconds(), percentile(all, 0.50), percentile(all, 0.95),
				percentile(all, 0.99));
	}

	private static double percentile(List<Long> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size()))) / 1_000_000.0;
	}
}
