package org.credence.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.web.Pages;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The start pages of those who work on decisions, over HTTP as a browser asks for them: the counts,
 * each linked to its list, and a count that changes when the work is done. The clock stands in
 * 2040, after every deadline other tests set, so that only this test's council decisions are open.
 */
@CredenceTest
class StartPageDecisionTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void january2040() {
		clock.set(Instant.parse("2040-01-10T09:00:00Z"));
	}

	@Test
	void aDelegateSeesWhatAwaitsTheirAnswerAndTheCountFallsWhenTheyAnswer() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		TestAccounts.User delegate = accounts.user(Role.MEMBER_STATE_DELEGATE, null, "BEL");
		Pages pages = Pages.as(api.baseUrl(), delegate.name(), delegate.password());
		Pages.Page none = pages.get("/?lang=en");
		assertThat(StartPages.of(none, "work-to-answer")).isEqualTo("No decision awaits your answer");
		assertThat(StartPages.of(none, "nav-inbox")).isEqualTo("Inbox");

		String first = circulatedCeiling(mission, 10);
		String second = circulatedCeiling(mission, 9);
		Pages.Page two = pages.get("/?lang=fr");
		assertThat(StartPages.of(two, "work-to-answer")).isEqualTo("2 décisions attendent votre réponse");
		assertThat(two.html()).contains("href=\"/decisions/inbox\"");
		assertThat(StartPages.of(two, "nav-inbox")).isEqualTo("À répondre (2)");

		Api answering = api.as(delegate.token());
		assertThat(answering.post("/api/decisions/" + first + "/answers", "{\"answer\": \"CONCUR\"}").status()).isEqualTo(200);
		Pages.Page one = pages.get("/missions?lang=en");
		assertThat(StartPages.of(one, "nav-inbox")).isEqualTo("Inbox (1)");
		assertThat(StartPages.of(pages.get("/?lang=en"), "work-to-answer")).isEqualTo("1 decision awaits your answer");
		assertThat(answering.post("/api/decisions/" + second + "/answers", "{\"answer\": \"CONCUR\"}").status()).isEqualTo(200);
		assertThat(StartPages.of(pages.get("/?lang=en"), "work-to-answer")).isEqualTo("No decision awaits your answer");
	}

	@Test
	void aProtocolOfficerSeesPendingRequestsByMissionAndDecisionsToCirculateOrAwaitingAdoption() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String name = api.get("/api/missions/" + mission).json().path("name").asString();
		String request = fixtures.request(mission, "2039-12-01");
		fixtures.request(mission, "2039-12-02");
		Pages pages = StartPages.as(Role.PROTOCOL_OFFICER, accounts, api);

		Pages.Page before = pages.get("/?lang=en");
		assertThat(before.html()).contains("href=\"/missions/" + mission + "/requests\">" + name + ": 2 pending requests<");
		int circulating = StartPages.count(before, "work-awaiting-outcome");
		int toCirculate = StartPages.count(before, "work-to-circulate");
		assertThat(before.html()).contains("href=\"/decisions?status=DRAFT&amp;authority=COUNCIL\"");

		String drafted = api.post("/api/decisions", json("grounds", "Reciprocity", "classification", "NATO RESTRICTED",
				"effectiveDate", "2040-03-01", "acts", List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 3))))
			.id();
		assertThat(StartPages.count(pages.get("/?lang=en"), "work-to-circulate")).isEqualTo(toCirculate + 1);
		api.post("/api/decisions/" + drafted + "/circulation", json("deadline", "2040-02-20T12:00"));
		api.post("/api/accreditations/" + request + "/refusal", json("reason", "Not acceptable"));

		Pages.Page after = pages.get("/?lang=fr");
		assertThat(after.html()).contains(name + "\u00a0: 1 demande en attente<");
		assertThat(StartPages.count(after, "work-to-circulate")).isEqualTo(toCirculate);
		assertThat(StartPages.count(after, "work-awaiting-outcome")).isEqualTo(circulating + 1);
		assertThat(after.html()).contains("href=\"/decisions?status=CIRCULATED\"", "href=\"/departures/overdue\"");
		api.post("/api/decisions/" + drafted + "/withdrawal", "");
		assertThat(StartPages.count(pages.get("/?lang=en"), "work-awaiting-outcome")).isEqualTo(circulating);
	}

	private String circulatedCeiling(String mission, int total) {
		String drafted = api.post("/api/decisions", json("grounds", "Reciprocity", "classification", "NATO RESTRICTED",
				"effectiveDate", "2040-03-01", "acts", List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", total))))
			.id();
		Api.Response circulated = api.post("/api/decisions/" + drafted + "/circulation", json("deadline", "2040-02-20T12:00"));
		assertThat(circulated.status()).as(circulated.text()).isEqualTo(200);
		return drafted;
	}
}
