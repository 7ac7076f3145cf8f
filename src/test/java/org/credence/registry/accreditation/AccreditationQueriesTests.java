package org.credence.registry.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.TestAccounts;
import org.credence.support.CountedRequests;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * One accreditation over the API (register the person, notify the arrival, approve it) costs a
 * fixed, small number of statements, the bearer token's included (the token and its account in one):
 * each request reads the person and the mission's status at most once, not once per rule. Served on
 * the test's thread (MockMvc through the security filters) so that its statements can be seen.
 */
@CredenceTest
class AccreditationQueriesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A read of one person's record by id, locked or not. */
	private static final Pattern PERSON = Pattern.compile("(?s).*from person p where p\\.id = \\?.*");

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	CountedRequests requests;

	String mission;

	@BeforeEach
	void mission() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2017-01-01", 100);
		fixtures.member(mission, "2019-01-01");
	}

	@Test
	void anAccreditationCostsAFixedSmallNumberOfStatements() {
		Sent person = send("/api/persons", json("nameNative", "Счётов", "nameLatin", "Schotov", "birthDate",
				LocalDate.of(1961, 3, 4).toString(), "nationality", "RUS", "sex", "MALE"));
		Sent arrival = send("/api/missions/" + mission + "/arrivals", json("personId", person.id(), "category",
				"DIPLOMATIC_AGENT", "title", "Counsellor", "function", "Liaison", "arrivalDate", "2020-01-01"));
		Sent approval = send("/api/accreditations/" + arrival.id() + "/approval", "{}");

		assertThat(person.status()).isEqualTo(201);
		assertThat(arrival.status()).isEqualTo(201);
		assertThat(approval.status()).isEqualTo(200);
		assertThat(approval.body().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(approval.body().get("personName").asString()).isEqualTo("Schotov");
		// Of which the screening of the person (five at registration, five at the arrival) and the journal (two each):
		// neither is this package's, and they keep the whole above the aim of twenty.
		assertThat(person.statements()).as("registration").hasSizeLessThanOrEqualTo(9);
		assertThat(arrival.statements()).as("arrival").hasSizeLessThanOrEqualTo(13);
		assertThat(approval.statements()).as("approval").hasSizeLessThanOrEqualTo(14);
		assertThat(person.statements().size() + arrival.statements().size() + approval.statements().size())
			.as("one accreditation").isLessThanOrEqualTo(36);
		for (Sent request : List.of(person, arrival, approval)) {
			assertThat(request.statements()).as("the token and its account").filteredOn(sql -> sql.contains("access_token"))
				.hasSize(1)
				.allMatch(sql -> sql.contains("from account"));
			assertThat(request.statements()).as("reads of the person's record")
				.filteredOn(sql -> PERSON.matcher(sql).matches())
				.hasSizeLessThanOrEqualTo(1);
			assertThat(request.statements()).as("reads of the mission's status")
				.filteredOn(sql -> sql.contains("from mission_status"))
				.hasSizeLessThanOrEqualTo(1);
		}
	}

	record Sent(int status, JsonNode body, List<String> statements) {

		String id() {
			return body.get("id").asString();
		}
	}

	private Sent send(String path, String body) {
		CountedRequests.Answer answer = requests.post(path, accounts.adminToken(), body);
		return new Sent(answer.status(), JSON.readTree(answer.body()), answer.statements());
	}
}
