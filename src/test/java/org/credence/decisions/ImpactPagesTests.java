package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
 * The decision page shows what a decision will do until it is applied, in English and French, to
 * the officer before circulating it and to the delegates it is circulated to.
 */
@CredenceTest
class ImpactPagesTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Test
	void theEffectAndItsWarningsBeforeCirculatingAndForTheDelegates() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2018-03-27", 20);
		String leaving = fixtures.member(mission, "2021-01-01");
		for (int i = 0; i < 3; i++) {
			fixtures.member(mission, "2021-01-01");
		}
		Api.Response drafted = api.post("/api/decisions", json("grounds", "Impact page", "classification", "NATO RESTRICTED",
				"effectiveDate", "2021-11-01", "acts", List.of(
						Map.of("kind", "WITHDRAW", "accreditationId", leaving, "departureDeadline", "2021-11-15"),
						Map.of("kind", "SET_CEILING", "missionId", mission, "total", 2))));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		String decision = "/decisions/" + drafted.id();
		String measure = incident("EXPULSION", "HOST", "RUS", "2019-05-05", null, "Impact page precedent");
		incident("COUNTER_EXPULSION", "RUS", "HOST", "2019-05-08", measure, "Impact page answer");
		Api.Response cited = api.post("/api/incidents/" + measure + "/citations", json("stance", "CONFIRMS",
				"source", Map.of("publisher", "Impact Gazette", "publishedOn", "2019-05-05", "title", "Expelled")));
		assertThat(cited.status()).as(cited.text()).isEqualTo(201);
		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		Pages officerPages = Pages.as(api.baseUrl(), officer.name(), officer.password());

		String english = officerPages.get(decision + "?lang=en").html();
		assertThat(english).contains("What the decision will do", "4 → 3", "20 → 2", "Leaving: 1",
				"to leave by the end of", "3 positions held the moment after, 1 over the ceiling of 2",
				"before the end of the departure deadline it sets").doesNotContain("??");
		assertThat(english.indexOf("id=\"impact\"")).isLessThan(english.indexOf("id=\"circulation\""));
		assertThat(english).contains("Like measures before", "Impact page precedent · 2 persons · confirmed (Impact Gazette)",
				"answered 3 days later:", "Impact page answer");
		String french = officerPages.get(decision + "?lang=fr").html();
		assertThat(french).contains("Ce que fera la décision", "Postes occupés", "4 → 3",
				"Acte 1\u00a0: la décision prend effet le", "Mesures semblables par le passé", "réponse 3 jours plus tard\u00a0:")
			.doesNotContain("??", "What the decision");

		Api.Response circulated = api.post("/api/decisions/" + drafted.id() + "/circulation",
				json("deadline", "2021-10-20T12:00"));
		assertThat(circulated.status()).as(circulated.text()).isEqualTo(200);
		TestAccounts.User delegate = accounts.user(Role.MEMBER_STATE_DELEGATE, null, "FRA");
		String seen = Pages.as(api.baseUrl(), delegate.name(), delegate.password()).get(decision + "?lang=fr").html();
		assertThat(seen).contains("id=\"impact\"", "4 → 3", "Impact page precedent");
	}

	private String incident(String kind, String acting, String affected, String occurredOn, String answers, String title) {
		Api.Response response = api.post("/api/incidents", json("kind", kind, "title", title, "acting", acting,
				"affected", affected, "occurredOn", occurredOn, "answers", answers, "classification", "NATO UNCLASSIFIED",
				"counts", Map.of("DIPLOMATIC_AGENT", 2)));
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.json().path("id").asString();
	}
}
