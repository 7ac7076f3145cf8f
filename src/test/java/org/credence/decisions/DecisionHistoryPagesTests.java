package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.web.Pages;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * A decision that took effect shows in the pages of the persons and missions it concerns, with a link
 * for those who read decisions; a mission's own administrator sees that it took effect, not why.
 */
@CredenceTest
class DecisionHistoryPagesTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

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

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void thePersonPageShowsTheDeclarationAndTheDecisionInItsHistory(String lang) {
		String member = fixtures.member(mission, "2021-01-01");
		String person = api.get("/api/accreditations/" + member).json().path("personId").asString();
		String declaration = council.applied("Activities incompatible with diplomatic status", "2021-11-01",
				List.of(Map.of("kind", "DECLARE_NOT_ACCEPTABLE", "personId", person, "departureDeadline", "2021-11-08")));

		Pages pages = new Pages(api.baseUrl());
		String html = pages.get("/persons/" + person + "?lang=" + lang).html();
		assertThat(html).doesNotContain("??").contains("id=\"not-acceptable\"")
			.contains(lang.equals("fr") ? "Déclarée non acceptable (persona non grata) depuis le" : "Declared not acceptable (persona non grata) since")
			.contains(lang.equals("fr") ? "Décision entrée en vigueur" : "Decision took effect")
			.containsPattern(lang.equals("fr") ? ">Décision du Conseil 2021-\\d+ \\(1 personne non acceptable\\)<"
					: ">Council decision 2021-\\d+ \\(1 person not acceptable\\)<")
			.contains(lang.equals("fr") ? "le registre, automatiquement" : "the registry, automatically")
			.contains("href=\"/decisions/" + declaration + "\"")
			.doesNotContain("decision " + declaration, "· system<");
		String missionPage = pages.get("/missions/" + mission + "?lang=" + lang).html();
		assertThat(missionPage).doesNotContain("??").contains("href=\"/decisions/" + declaration + "\"");

		// A mission does not read decisions: it sees that one took effect, without its grounds or a link.
		TestAccounts.User administrator = accounts.user(Role.MISSION_ADMINISTRATOR, UUID.fromString(mission), null);
		JsonNode entries = api.as(administrator.token()).get("/api/persons/" + person + "/history").json();
		List<JsonNode> decided = new ArrayList<>();
		entries.forEach(entry -> {
			if (entry.path("kind").asString().equals("DECISION_APPLIED")) {
				decided.add(entry);
			}
		});
		assertThat(decided).hasSize(1);
		assertThat(decided.get(0).path("reason").isNull()).isTrue();
		String seen = Pages.as(api.baseUrl(), administrator.name(), administrator.password())
			.get("/persons/" + person + "?lang=" + lang).html();
		assertThat(seen).contains("id=\"not-acceptable\"").doesNotContain("href=\"/decisions/");
	}

}
