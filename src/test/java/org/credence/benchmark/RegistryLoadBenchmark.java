package org.credence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntUnaryOperator;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/**
 * A load generator over real HTTP against the whole server on PostgreSQL: how many accreditations
 * per second (register a person, notify the arrival, approve it) and how many strength queries.
 * Not part of {@code ./mvnw verify}; run with {@code ./mvnw -Pbenchmark verify}. Figures go to
 * target/benchmark.md and into the README by hand.
 */
@Tag("benchmark")
@CredenceTest
class RegistryLoadBenchmark {

	private static final Duration WARM_UP = Duration.ofSeconds(10);

	private static final Duration MEASURE = Duration.ofSeconds(20);

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Test
	void accreditationsAndStrengthQueries() throws Exception {
		List<String> missions = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			missions.add(fixtures.mission("RUS", "2017-01-01"));
			fixtures.ceiling(missions.get(i), "2017-01-01", 100_000);
		}
		String shared = missions.get(0);
		StringBuilder report = new StringBuilder("| operation | clients | operations/s | p50 ms | p99 ms |\n|---|---|---|---|---|\n");
		for (int clients : new int[] { 1, 4, 16 }) {
			report.append(row("accreditation, all clients at one mission", clients,
					run(clients, client -> accredit(shared))));
		}
		for (int clients : new int[] { 4, 16 }) {
			report.append(row("accreditation, one mission per client", clients,
					run(clients, client -> accredit(missions.get(client)))));
		}
		int members = members(shared);
		for (int clients : new int[] { 1, 4, 16 }) {
			report.append(row("strength as of now (" + members + " members)", clients,
					run(clients, client -> api.get("/api/missions/" + shared + "/strength").status())));
		}
		Files.writeString(Path.of("target/benchmark.md"), report);
		System.out.println(report);
	}

	private int accredit(String mission) {
		String request = fixtures.request(mission, "2020-01-01");
		return api.post("/api/accreditations/" + request + "/approval", "{}").status();
	}

	private int members(String mission) {
		return api.get("/api/missions/" + mission + "/strength").json().get("held").asInt();
	}

	private record Result(double perSecond, List<Long> latenciesNanos) {
	}

	private Result run(int clients, IntUnaryOperator operation) throws Exception {
		measure(clients, operation, WARM_UP);
		return measure(clients, operation, MEASURE);
	}

	private Result measure(int clients, IntUnaryOperator operation, Duration duration) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long deadline = System.nanoTime() + duration.toNanos();
		List<Future<List<Long>>> workers = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			int client = i;
			workers.add(pool.submit(() -> {
				List<Long> latencies = new ArrayList<>();
				while (System.nanoTime() < deadline) {
					long start = System.nanoTime();
					int status = operation.applyAsInt(client);
					latencies.add(System.nanoTime() - start);
					assertThat(status).isEqualTo(200);
				}
				return latencies;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> worker : workers) {
			all.addAll(worker.get());
		}
		pool.shutdown();
		Collections.sort(all);
		return new Result(all.size() / (double) duration.toSeconds(), all);
	}

	private static String row(String operation, int clients, Result result) {
		List<Long> latencies = result.latenciesNanos();
		return String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f |%n", operation, clients, result.perSecond(),
				percentile(latencies, 0.50), percentile(latencies, 0.99));
	}

	private static double percentile(List<Long> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size()))) / 1_000_000.0;
	}

}
