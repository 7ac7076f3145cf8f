package org.credence.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * Decisions made at the same instant over real HTTP: the last free position goes to exactly one
 * request, and one person gets at most one pending request.
 */
@CredenceTest
class ConcurrentDecisionTests {

	private static final int REQUESTS = 12;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void now() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
	}

	@RepeatedTest(3)
	void theLastFreePositionGoesToExactlyOneOfManyConcurrentApprovals() throws Exception {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2018-03-27", 3);
		fixtures.member(mission, "2021-01-01");
		fixtures.member(mission, "2021-01-01");
		List<String> requests = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			requests.add(fixtures.request(mission, "2021-10-01"));
		}

		List<Api.Response> responses = all(requests.stream()
			.<Callable<Api.Response>>map(request -> () -> api.post("/api/accreditations/" + request + "/approval", "{}"))
			.toList());

		assertThat(responses).filteredOn(response -> response.status() == 200).hasSize(1);
		List<Api.Response> refused = responses.stream().filter(response -> response.status() != 200).toList();
		assertThat(refused).hasSize(REQUESTS - 1).allSatisfy(response -> {
			assertThat(response.status()).as(response.text()).isEqualTo(422);
			assertThat(response.contentType()).startsWith("application/problem+json");
			JsonNode problem = response.json();
			assertThat(problem.path("type").asString()).isEqualTo("/problems/ceiling-exceeded");
			assertThat(problem.path("detail").asString()).isEqualTo(
					"The request cannot be approved: the ceiling of 3 positions in force from 2018-03-27 would be exceeded: 3 held.");
		});
		JsonNode strength = api.get("/api/missions/" + mission + "/strength?asOf=2021-10-01").json();
		assertThat(strength.path("held").asInt()).isEqualTo(3);
		assertThat(strength.path("overCeiling").asBoolean()).isFalse();
		assertThat(api.get("/api/missions/" + mission + "/requests").json().size()).isEqualTo(REQUESTS - 1);
		assertThat(requests.stream().map(id -> api.get("/api/accreditations/" + id).json().path("status").asString()))
			.containsOnly("ACTIVE", "REQUESTED")
			.filteredOn("ACTIVE"::equals)
			.hasSize(1);
	}

	@RepeatedTest(3)
	void onePersonArrivingAtManyMissionsAtOnceGetsOneRequest() throws Exception {
		String person = fixtures.person("RUS");
		List<String> missions = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			missions.add(fixtures.mission("RUS", "2017-01-01"));
		}

		List<Api.Response> responses = all(missions.stream()
			.<Callable<Api.Response>>map(mission -> () -> fixtures.arrival(mission, person, "DIPLOMATIC_AGENT", "2021-10-01"))
			.toList());

		assertThat(responses).filteredOn(response -> response.status() == 201).hasSize(1);
		assertThat(responses).filteredOn(response -> response.status() != 201).allSatisfy(response -> {
			assertThat(response.status()).as(response.text()).isEqualTo(409);
			assertThat(response.json().path("type").asString()).isEqualTo("/problems/one-person-one-position");
		});
		assertThat(missions.stream().mapToInt(mission -> api.get("/api/missions/" + mission + "/requests").json().size())
			.sum()).isEqualTo(1);
	}

	/** Runs the calls at the same instant, behind one start gate, and returns their responses. */
	private static <T> List<T> all(List<Callable<T>> calls) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(calls.size());
		try {
			CountDownLatch ready = new CountDownLatch(calls.size());
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(executor.submit(() -> {
					ready.countDown();
					start.await();
					return call.call();
				}));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			executor.shutdownNow();
		}
	}
}
