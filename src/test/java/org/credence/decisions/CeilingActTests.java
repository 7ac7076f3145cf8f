package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * A ceiling set by decision (VCDR art. 11), in all and per category: it takes effect with the
 * decision, and a mission it leaves above the ceiling shows the excess and takes nobody new.
 */
@CredenceTest
class CeilingActTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DecisionEnactment enactment;

	@Autowired
	MutableClock clock;

	CouncilDecisions council;

	String mission;

	@BeforeEach
	void now() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		council = new CouncilDecisions(api, clock, enactment);
		mission = fixtures.mission("RUS", "2017-01-01");
	}

	@Test
	void perCategoryLimitsTakeEffectWithTheDecisionAndRefuseARequestOverThem() {
		fixtures.member(mission, "2021-01-01");
		fixtures.member(mission, "2021-01-02");
		String decision = council.applied("Reciprocity", "2021-11-01", List.of(Map.of("kind", "SET_CEILING",
				"missionId", mission, "total", 10, "categories", Map.of("DIPLOMATIC_AGENT", 2, "SERVICE_STAFF", 1))));

		JsonNode act = api.get("/api/decisions/" + decision).json().path("acts").get(0);
		assertThat(act.path("categories").path("DIPLOMATIC_AGENT").asInt()).isEqualTo(2);
		JsonNode ceiling = api.get("/api/missions/" + mission + "/strength").json().path("ceiling");
		assertThat(ceiling.path("total").asInt()).isEqualTo(10);
		assertThat(ceiling.path("effectiveFrom").asString()).isEqualTo("2021-11-01T00:00:00+01:00");
		assertThat(ceiling.path("categories").path("DIPLOMATIC_AGENT").asInt()).isEqualTo(2);
		assertThat(ceiling.path("categories").path("SERVICE_STAFF").asInt()).isEqualTo(1);

		String agent = request("DIPLOMATIC_AGENT", "2021-11-05");
		assertThat(assertProblem(api.post("/api/accreditations/" + agent + "/approval", "{}"), 422,
				"/problems/ceiling-exceeded").path("detail").asString()).contains("DIPLOMATIC_AGENT");
		String driver = request("SERVICE_STAFF", "2021-11-05");
		assertThat(api.post("/api/accreditations/" + driver + "/approval", "{}").status()).isEqualTo(200);
		String another = request("SERVICE_STAFF", "2021-11-06");
		assertProblem(api.post("/api/accreditations/" + another + "/approval", "{}"), 422, "/problems/ceiling-exceeded");
	}

	@Test
	void perCategoryLimitsAreCheckedWhenDrafted() {
		assertThat(draftErrors(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 10, "categories",
				Map.of("SERVICE_STAFF", -1, "DIPLOMATIC_AGENT", 11))))
			.containsEntry("acts[0].categories.SERVICE_STAFF", "must be 0 or more")
			.containsEntry("acts[0].categories.DIPLOMATIC_AGENT", "must not exceed the total of 10 positions");
		assertThat(draftErrors(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 10, "categories",
				Map.of("ATTACHE", 1)))).containsExactly(Map.entry("acts[0].categories", "must be one of DIPLOMATIC_AGENT, "
						+ "ADMINISTRATIVE_TECHNICAL, SERVICE_STAFF, PRIVATE_SERVANT, LOCAL_HIRE, FAMILY_MEMBER, not 'ATTACHE'"));
		assertThat(draftErrors(Map.of("kind", "SUSPEND_MISSION", "missionId", mission, "categories",
				Map.of("SERVICE_STAFF", 1)))).containsOnlyKeys("acts[0].categories");
	}

	@Test
	void aCeilingCutBelowStrengthShowsTheExcessAndRefusesNewRequests() {
		fixtures.ceiling(mission, "2017-01-01", 5);
		for (int i = 1; i <= 3; i++) {
			fixtures.member(mission, "2021-01-0" + i);
		}
		String pending = request("DIPLOMATIC_AGENT", "2021-11-05");
		String decision = council.applied("Cut", "2021-11-01",
				List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 1)));

		JsonNode strength = api.get("/api/missions/" + mission + "/strength").json();
		assertThat(strength.path("held").asInt()).isEqualTo(3);
		assertThat(strength.path("overCeiling").asBoolean()).isTrue();
		assertThat(strength.path("excess").asInt()).isEqualTo(2);
		assertProblem(api.post("/api/accreditations/" + pending + "/approval", "{}"), 422, "/problems/ceiling-exceeded");

		Pages pages = new Pages(api.baseUrl());
		assertThat(pages.get("/missions/" + mission).html()).contains("id=\"excess\"", "Over ceiling by 2")
			.contains("href=\"/decisions/" + decision + "\"");
		String name = api.get("/api/missions/" + mission).json().path("name").asString();
		String list = pages.get("/missions?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).html();
		String row = list.substring(list.indexOf(">" + name + "<"));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Over ceiling by 2");
	}

	private String request(String category, String on) {
		Api.Response response = fixtures.arrival(mission, fixtures.person("RUS"), category, on);
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.id();
	}

	private Map<String, String> draftErrors(Map<String, Object> act) {
		return assertInvalid(api.post("/api/decisions", json("grounds", "x", "classification", "x", "acts", List.of(act))));
	}
}
