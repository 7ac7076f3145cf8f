package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.servlet.Filter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;
import org.credence.support.SentStatements;

/**
 * A list of decisions reads their acts, answers and cited incidents for all of them at once: five
 * decisions cost the same queries as one. The request is served on the test's thread (MockMvc,
 * through the security filters, with a bearer token) so that its statements can be seen.
 */
@CredenceTest
class DecisionListQueriesTests {

	/** The statements that read a decision's acts, the answers of the states asked, or the incidents it cites. */
	private static final Pattern DETAILS = Pattern.compile("from decision_(act|act_category|member|incident) ");

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
	DataSource dataSource;

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("springSecurityFilterChain")
	Filter security;

	MockMvc mvc;

	String mission;

	@BeforeEach
	void mission() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(security).build();
		mission = fixtures.mission("RUS", "2017-01-01");
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
		Map<String, Integer> totals = new HashMap<>();
		circulateCeilings(1, totals);
		List<String> before = details("/decisions/inbox?lang=en", token);

		circulateCeilings(5, totals);
		List<String> after = details("/decisions/inbox?lang=en", token);

		assertThat(after).isNotEmpty().isEqualTo(before);
		assertThat(send("/decisions/inbox?lang=en", token)).contains(totals.keySet().stream().map(id -> "awaiting-" + id).toList());
	}

	/** The statements reading decisions' details that one request sends, once any outcome due is settled. */
	private List<String> details(String path, String token) {
		send(path, token);
		return SentStatements.during(dataSource, () -> send(path, token)).stream()
			.filter(sql -> DETAILS.matcher(sql).find())
			.toList();
	}

	private String send(String path, String token) {
		try {
			return mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn().getResponse()
				.getContentAsString();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private void circulateCeilings(int count, Map<String, Integer> totals) {
		for (int i = 0; i < count; i++) {
			int total = 10 + totals.size();
			Api.Response drafted = api.post("/api/decisions", json("grounds", "Reciprocity", "classification",
					"NATO RESTRICTED", "acts", List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", total))));
			assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
			assertThat(api.post("/api/decisions/" + drafted.id() + "/circulation", json("deadline", "2021-10-20T12:00"))
				.status()).isEqualTo(200);
			totals.put(drafted.id(), total);
		}
	}
}
