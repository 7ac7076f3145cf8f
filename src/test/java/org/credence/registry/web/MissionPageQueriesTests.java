package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CountedRequests;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * A mission's summary, members' and history's pages send the same statements, few, whether the
 * mission has one member and one ceiling or many of each with their history: nothing is read once
 * per member, per entry or per point of the chart. The page is served on the test's thread (MockMvc,
 * through the security filters) so that its statements can be seen.
 */
@CredenceTest
class MissionPageQueriesTests {

	/** At most this many statements for any of the three pages, the login's and the header's included. */
	private static final int FEW = 25;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	CountedRequests requests;

	String token;

	String mission;

	@BeforeEach
	void aMissionOfOneMember() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		token = accounts.user(Role.PROTOCOL_OFFICER).token();
		mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2017-01-01", 40);
		fixtures.member(mission, "2018-01-01");
	}

	@Test
	void theSameStatementsForOneMemberAsForManyWithTheirHistory() {
		List<String> pages = List.of("/missions/" + mission + "?lang=en", "/missions/" + mission + "/members?lang=en",
				"/missions/" + mission + "/history?lang=en");
		List<List<String>> few = pages.stream().map(this::statements).toList();

		List<String> added = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			added.add(fixtures.member(mission, "2019-0" + (1 + i % 9) + "-1" + i % 10));
			if (i % 4 == 0) {
				fixtures.ceiling(mission, "202" + i / 4 + "-01-01", 30 + i);
			}
		}
		assertThat(api.post("/api/accreditations/" + added.get(11) + "/departure", Fixtures.json("departureDate", "2021-09-30"))
			.status()).isEqualTo(200);
		List<List<String>> many = pages.stream().map(this::statements).toList();

		for (int i = 0; i < pages.size(); i++) {
			assertThat(many.get(i)).as(pages.get(i)).hasSizeLessThanOrEqualTo(FEW).isEqualTo(few.get(i));
		}
		String summary = send(pages.get(0));
		assertThat(summary).contains("Positions held: 12 of 34", "1 January 2022");
		assertThat(send(pages.get(1))).contains("members-table").contains(name(added.get(0))).doesNotContain(name(added.get(11)));
		assertThat(send(pages.get(2))).contains("Departure notified", name(added.get(11)));
	}

	private String name(String accreditation) {
		return api.get("/api/accreditations/" + accreditation).json().path("personName").asString() + "<";
	}

	/** The statements one request sends, once any work due at its first call is done. */
	private List<String> statements(String path) {
		send(path);
		return requests.get(path, token).statements();
	}

	private String send(String path) {
		CountedRequests.Answer answer = requests.get(path, token);
		assertThat(answer.status()).as(path).isEqualTo(200);
		return answer.body();
	}
}
