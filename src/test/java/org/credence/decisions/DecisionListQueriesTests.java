package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
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
 * A list of decisions reads their acts, answers and cited incidents, and the missions, accreditations
 * and persons its acts name, for all of them at once: five decisions cost the same queries as one, and
 * a decision of six acts the same as one of three. The request is served on the test's thread (MockMvc,
 * through the security filters, with a bearer token) so that its statements can be seen.
 */
@CredenceTest
class DecisionListQueriesTests {

	/**
	 * The statements that read a decision's acts, the answers of the states asked, the incidents it
	 * cites, or the missions, accreditations and persons its acts name.
	 */
	private static final Pattern DETAILS = Pattern
		.compile("from (decision_(act|act_category|member|incident)|mission|accreditation|person) ");

	private static final JsonMapper JSON = JsonMapper.builder().build();

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

	String mission;

	String missionName;

	@BeforeEach
	void mission() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		mission = fixtures.mission("RUS", "2017-01-01");
		missionName = api.get("/api/missions/" + mission).json().get("name").asString();
	}

	@Test
	void theApiListsFiveDecisionsInTheQueriesOfOne() {
		Map<String, Integer> totals = new HashMap<>();
		circulateCeilings(1, totals);
		String path = "/api/decisions?mission=" + mission;
		String token = accounts.adminToken();
		List<String> one = details(path, token);

		circulateCeilings(4, totals);
		List<String> five = details(path, token);

		assertThat(five).isNotEmpty().isEqualTo(one);
		JsonNode listed = JSON.readTree(send(path, token));
		assertThat(listed).hasSize(5);
		for (JsonNode decision : listed) {
			assertThat(decision.path("acts").get(0).path("total").asInt()).isEqualTo(totals.get(decision.path("id").asString()));
			assertThat(decision.path("answers")).hasSize(30);
		}
	}

	@Test
	void theDelegatesInboxWithFiveDecisionsMoreCostsNoMoreQueries() {
		String token = accounts.user(Role.MEMBER_STATE_DELEGATE, null, "FRA").token();
		List<String> said = new ArrayList<>();
		List<String> decisions = new ArrayList<>(List.of(circulated(actsOnEachSubject(1, 0, said))));
		List<String> before = details("/decisions/inbox?lang=en", token);

		for (int i = 0; i < 5; i++) {
			decisions.add(circulated(actsOnEachSubject(1, i, said)));
		}
		List<String> after = details("/decisions/inbox?lang=en", token);

		assertThat(after).isNotEmpty().isEqualTo(before);
		assertThat(send("/decisions/inbox?lang=en", token)).contains(decisions.stream().map(id -> "awaiting-" + id).toList())
			.contains(said);
	}

	@Test
	void theDecisionListWithFiveDecisionsMoreCostsNoMoreQueries() {
		String token = accounts.adminToken();
		circulated(actsOnEachSubject(1, 0, new ArrayList<>()));
		List<String> before = details("/decisions?lang=en", token);

		List<String> first = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			List<String> acts = new ArrayList<>();
			circulated(actsOnEachSubject(1, i, acts));
			first.add(acts.get(0));
		}
		List<String> after = details("/decisions?lang=en", token);

		assertThat(after).isNotEmpty().isEqualTo(before);
		assertThat(send("/decisions?lang=en&mission=" + mission, token)).contains(first).contains("and 2 more");
	}

	@Test
	void aDecisionOfSixActsCostsNoMoreQueriesThanOneOfThree() {
		String token = accounts.adminToken();
		List<String> said = new ArrayList<>();
		String three = circulated(actsOnEachSubject(1, 0, new ArrayList<>()));
		String six = circulated(actsOnEachSubject(2, 1, said));

		assertThat(details("/decisions/" + six + "?lang=en", token)).isNotEmpty()
			.isEqualTo(details("/decisions/" + three + "?lang=en", token));
		assertThat(send("/decisions/" + six + "?lang=en", token)).contains(said);
	}

	@Test
	void theSigningQueueWithThreeDraftsMoreCostsNoMoreQueries() {
		String token = accounts.user(Role.EXECUTIVE).token();
		List<String> said = new ArrayList<>();
		drafted(accreditationActs(said));
		List<String> before = details("/decisions/signing?lang=en", token);

		for (int i = 0; i < 3; i++) {
			drafted(accreditationActs(said));
		}
		List<String> after = details("/decisions/signing?lang=en", token);

		assertThat(after).isNotEmpty().isEqualTo(before);
		assertThat(send("/decisions/signing?lang=en", token)).contains(said);
	}

	/** The statements reading decisions' details that one request sends, once any outcome due is settled. */
	private List<String> details(String path, String token) {
		send(path, token);
		return requests.get(path, token).statements().stream()
			.filter(sql -> DETAILS.matcher(sql).find())
			.toList();
	}

	private String send(String path, String token) {
		return requests.get(path, token).body();
	}

	/**
	 * {@code times} acts on a mission, on a person and on an accreditation, each naming its own, turned
	 * by {@code turn} so that each kind comes first in turn; adds what the pages should say of them.
	 */
	private List<Object> actsOnEachSubject(int times, int turn, List<String> said) {
		List<Object> acts = new ArrayList<>();
		List<String> words = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			int total = 40 + i;
			acts.add(Map.of("kind", "SET_CEILING", "missionId", mission, "total", total));
			words.add("Set the ceiling of " + missionName + " to " + total + " positions");
			String person = fixtures.person("RUS");
			acts.add(Map.of("kind", "DECLARE_NOT_ACCEPTABLE", "personId", person));
			words.add("Declare " + api.get("/api/persons/" + person).json().get("nameLatin").asString() + " not acceptable");
			String member = fixtures.member(mission, "2021-01-10");
			acts.add(Map.of("kind", "WITHDRAW", "accreditationId", member, "departureDeadline", "2021-10-31"));
			words.add("Withdraw the accreditation of " + holder(member) + " (Counsellor, " + missionName
					+ "), who must leave by 31 October 2021");
		}
		Collections.rotate(acts, -turn);
		Collections.rotate(words, -turn);
		said.addAll(words);
		return acts;
	}

	/** A withdrawal and an approval, acts on accreditations only: the executive's. */
	private List<Object> accreditationActs(List<String> said) {
		String member = fixtures.member(mission, "2021-01-10");
		String request = fixtures.request(mission, "2021-11-01");
		said.add("Withdraw the accreditation of " + holder(member) + " (Counsellor, " + missionName + ")");
		said.add("Approve the request of " + holder(request) + " (Counsellor, " + missionName + ")");
		return List.of(Map.of("kind", "WITHDRAW", "accreditationId", member, "departureDeadline", "2021-10-31"),
				Map.of("kind", "APPROVE", "accreditationId", request));
	}

	private String holder(String accreditation) {
		String person = api.get("/api/accreditations/" + accreditation).json().get("personId").asString();
		return api.get("/api/persons/" + person).json().get("nameLatin").asString();
	}

	private String drafted(List<Object> acts) {
		Api.Response drafted = api.post("/api/decisions", json("grounds", "Conduct", "classification", "NATO RESTRICTED",
				"acts", acts));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		return drafted.id();
	}

	private String circulated(List<Object> acts) {
		String id = drafted(acts);
		Api.Response circulated = api.post("/api/decisions/" + id + "/circulation", json("deadline", "2021-10-20T12:00"));
		assertThat(circulated.status()).as(circulated.text()).isEqualTo(200);
		return id;
	}

	private void circulateCeilings(int count, Map<String, Integer> totals) {
		for (int i = 0; i < count; i++) {
			int total = 10 + totals.size();
			totals.put(circulated(List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", total))), total);
		}
	}
}
