package org.credence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

	final Map<String, String> ids = new HashMap<>();

	List<Api> callers;

	@BeforeAll
	void recordsToAimAt() {
		document = new DocumentedOperations(api.anonymous().get("/v3/api-docs").json());
		rows = new RegistryRows(jdbc);
		Api admin = api.as(accounts.user(Role.ADMINISTRATOR).token());
		Fixtures made = fixtures.as(admin);
		String mission = made.mission("RUS", "2017-01-01");
		String member = made.member(mission, "2018-01-10");
		String person = admin.get("/api/accreditations/" + member).json().path("personId").asString();
		// Withdrawn: a decision that no valid request can bring to adoption, so that no poller acts on it meanwhile.
		String decision = admin.post("/api/decisions", json("grounds", "Fuzz", "classification", "NATO UNCLASSIFIED",
				"acts", List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 20)))).id();
		admin.post("/api/decisions/" + decision + "/withdrawal", "");
		String incident = admin.post("/api/incidents", json("kind", "EXPULSION", "title", "Fuzz", "acting", "CZE",
				"affected", "RUS", "occurredOn", "2021-04-17", "classification", "NATO UNCLASSIFIED")).id();
		String forum = admin.post("/api/forums", json("name", "Fuzz forum " + UUID.randomUUID(), "participants",
				List.of("HOST", "RUS"), "classification", "NATO UNCLASSIFIED")).id();
		String proposal = admin.post("/api/forums/" + forum + "/proposals", json("proposedBy", "HOST", "proposedOn",
				"2021-06-01", "awaiting", "RUS", "topics", "Fuzz", "classification", "NATO UNCLASSIFIED")).json()
			.path("proposal").path("id").asString();
		for (String[] kind : new String[][] { { "missions", "missionId", "mission", mission },
				{ "persons", "personId", "person", person }, { "accreditations", "accreditationId", "accreditation", member },
				{ "decisions", "decisionId", "decision", decision }, { "incidents", "incidentId", "incident", incident },
				{ "forums", "forumId", "forum", forum }, { "proposals", "proposalId", "proposal", proposal } }) {
			for (int i = 0; i < 3; i++) {
				ids.put(kind[i], kind[3]);
			}
		}
		assertThat(ids.values()).doesNotContainNull().noneMatch(String::isEmpty);
		callers = List.of(admin, api.as(accounts.user(Role.MISSION_ADMINISTRATOR, UUID.fromString(mission), null).token()));
	}

	Stream<DocumentedOperations.Operation> operations() {
		return document.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void neverAServerErrorAlwaysAProblemWhenRefusedAndNothingWritten(DocumentedOperations.Operation operation) {
		RequestFuzzer fuzzer = new RequestFuzzer(document, new Random(SEED ^ operation.toString().hashCode()), ids);
		List<String> failures = new ArrayList<>();
		int refused = 0;
		for (Api caller : callers) {
			for (int i = 0; i < CASES; i++) {
				RequestFuzzer.Fuzzed request = fuzzer.next(operation);
				RegistryRows.Snapshot before = rows.now();
				Api.Response response = caller.request(request.method(), request.target(), request.contentType(),
						request.body(), request.header(), request.value());
				refused += response.status() >= 400 ? 1 : 0;
				String failure = failure(response, before);
				if (failure != null) {
					failures.add(failure + "\n  request: " + request + "\n  answer: " + abbreviate(response.text()));
				}
			}
		}
		assertThat(failures).as("%d of %d requests", failures.size(), callers.size() * CASES).isEmpty();
		assertThat(refused).as("requests refused, whose checks ran").isPositive();
	}

	private String failure(Api.Response response, RegistryRows.Snapshot before) {
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
		Map<String, String> written = rows.writtenBetween(before, rows.now());
		return written.isEmpty() ? null : response.status() + " refused, yet written: " + written;
	}

	private static String abbreviate(String text) {
		return text.length() > 600 ? text.substring(0, 600) + "…" : text;
	}
}
