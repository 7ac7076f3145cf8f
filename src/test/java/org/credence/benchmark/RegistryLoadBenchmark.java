package org.credence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.benchmark.LoadGenerator.Result;
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

	private Result run(int clients, IntUnaryOperator operation) throws Exception {
		return LoadGenerator.run(clients, WARM_UP, MEASURE,
				client -> assertThat(operation.applyAsInt(client)).isEqualTo(200));
	}

	private static String row(String operation, int clients, Result result) {
		return String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f |%n", operation, clients, result.perSecond(),
				result.p50Millis(), result.p99Millis());
	}
}
