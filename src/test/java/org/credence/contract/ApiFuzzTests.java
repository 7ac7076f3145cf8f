package org.credence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/**
 * Every operation of the served document, called {@value #CASES} times by an administrator and by a
 * mission administrator with requests generated from its documented schema and spoilt at random
 * ({@link RequestFuzzer}), from a fixed seed so that a failure comes back on every run. Never a
 * server error; every 4xx a problem document with a type; nothing written when refused.
 */
@CredenceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzTests {

	static final long SEED = 20261201L;

	static final int CASES = 10;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	DocumentedOperations document;

	RegistryRows rows;

	Map<String, String> ids;

	List<Api> callers;

	@BeforeAll
	void recordsToAimAt() {
		document = new DocumentedOperations(api.anonymous().get("/v3/api-docs").json());
		rows = new RegistryRows(jdbc);
		Api admin = api.as(accounts.user(Role.ADMINISTRATOR).token());
		ids = FuzzTargets.made(admin, fixtures.as(admin));
		UUID mission = UUID.fromString(ids.get("mission"));
		callers = List.of(admin, api.as(accounts.user(Role.MISSION_ADMINISTRATOR, mission, null).token()));
	}

	Stream<DocumentedOperations.Operation> operations() {
		return document.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void neverAServerErrorAlwaysAProblemWhenRefusedAndNothingWritten(DocumentedOperations.Operation operation) {
		RequestFuzzer fuzzer = new RequestFuzzer(document, new Random(SEED ^ operation.toString().hashCode()), ids);
		List<String> failures = new ArrayList<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		// One count per request: what stood after the last one is what stands before this one.
		RegistryRows.Snapshot before = rows.now();
		for (Api caller : callers) {
			for (int i = 0; i < CASES; i++) {
				RequestFuzzer.Fuzzed request = fuzzer.next(operation);
				Api.Response response = caller.request(request.method(), request.target(), request.contentType(),
						request.body(), request.header(), request.value());
				statuses.merge(response.status(), 1, Integer::sum);
				RegistryRows.Snapshot after = rows.now();
				String failure = failure(response, before, after);
				if (failure != null) {
					failures.add(failure + "\n  request: " + request + "\n  answer: " + abbreviate(response.text()));
				}
				before = after;
			}
		}
		System.out.println("Fuzzed " + operation + ": " + statuses);
		assertThat(failures).as("%d of %d requests", failures.size(), callers.size() * CASES).isEmpty();
		assertThat(statuses.keySet()).as("requests refused, whose checks ran").anyMatch(status -> status >= 400);
	}

	private String failure(Api.Response response, RegistryRows.Snapshot before, RegistryRows.Snapshot after) {
		if (response.status() >= 500) {
			return response.status() + ", a server error";
		}
		if (response.status() < 400) {
			return null;
		}
		if (!response.contentType().startsWith("application/problem+json")) {
			return response.status() + " answered as " + response.contentType() + ", not a problem document";
		}
		JsonNode problem = response.json();
		if (!problem.path("type").isString() || problem.path("type").asString().isBlank()) {
			return response.status() + " without a problem type";
		}
		Map<String, String> written = rows.writtenBetween(before, after);
		return written.isEmpty() ? null : response.status() + " refused, yet written: " + written;
	}

	private static String abbreviate(String text) {
		return text.length() > 600 ? text.substring(0, 600) + "…" : text;
	}
}
