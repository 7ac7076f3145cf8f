package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/** Every page in both languages, without a browser: all messages present, bad input never a crash. */
@CredenceTest
class PagesTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	Pages pages;

	@BeforeEach
	void pages() {
		pages = new Pages(api.baseUrl());
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void everyPageHasEveryMessageInItsLanguage(String lang) {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2017-01-01", 1);
		String member = fixtures.member(mission, "2018-01-10");
		fixtures.request(mission, "2019-01-01");
		String refused = fixtures.request(mission, "2019-02-01");
		api.post("/api/accreditations/" + refused + "/refusal", Fixtures.json("reason", "Not acceptable"));
		fixtures.ceiling(mission, "2020-01-01", 0);
		api.post("/api/missions/" + mission + "/status", Fixtures.json("status", "SUSPENDED", "effectiveOn", "2021-11-01"));
		String person = api.get("/api/accreditations/" + member).json().get("personId").asString();
		String incident = api.post("/api/incidents", Fixtures.json("kind", "EXPULSION", "title", "Expulsion", "acting",
				"CZE", "affected", "RUS", "occurredOn", "2021-04-17", "classification", "NATO UNCLASSIFIED", "counts",
				Map.of("DIPLOMATIC_AGENT", 18))).id();
		api.post("/api/incidents/" + incident + "/citations", Fixtures.json("stance", "REPORTS", "source",
				Map.of("publisher", "ČTK", "publishedOn", "2021-04-17", "title", "Expulsion")));
		String forum = api.post("/api/forums", Fixtures.json("name", "Council " + UUID.randomUUID(), "participants",
				List.of("HOST", "RUS"), "classification", "NATO UNCLASSIFIED")).id();
		api.post("/api/forums/" + forum + "/proposals", Fixtures.json("proposedBy", "HOST", "proposedOn", "2020-02-03",
				"awaiting", "RUS", "topics", "Risk reduction", "classification", "NATO UNCLASSIFIED"));
		api.post("/api/forums/" + forum + "/meetings", Fixtures.json("heldOn", "2019-07-05", "level", "Ambassadors",
				"topics", "INF", "classification", "NATO UNCLASSIFIED"));

		String tab = "/missions/" + mission + "/";
		for (String path : List.of("/missions", "/missions?name=rus&status=SUSPENDED&page=2", "/missions/" + mission,
				tab + "members", tab + "members?asOf=2018-06-01&category=DIPLOMATIC_AGENT&name=testov",
				tab + "members?asOf=not-a-date", tab + "members?page=x", tab + "requests", tab + "departures",
				tab + "history", tab + "history?kind=CEILING_SET&name=testov&page=3", tab + "arrivals", tab + "measures",
				"/persons", "/persons?q=Testov", "/persons?mission=" + mission, "/persons/" + person, "/notices",
				"/incidents", "/incidents?between=CZE&and=RUS&from=not-a-date", "/incidents/" + incident, "/relations",
				"/relations/timeline", "/relations/timeline?between=CZE&and=RUS", "/forums", "/forums/" + forum, "/intake")) {
			Pages.Page page = pages.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.html()).as(path).contains("<html lang=\"" + lang + "\">").doesNotContain("??");
		}
		for (String path : List.of("/missions/" + UUID.randomUUID(), "/missions/not-an-id", "/persons/" + UUID.randomUUID(),
				"/incidents/" + UUID.randomUUID(), "/incidents/not-an-id", "/forums/" + UUID.randomUUID(), "/nowhere",
				"/intake/jobs/" + UUID.randomUUID())) {
			Pages.Page page = pages.get(path + "?lang=" + lang);
			assertThat(page.status()).as(path).isEqualTo(404);
			assertThat(page.html()).as(path).contains("<html lang=\"" + lang + "\">").doesNotContain("??");
		}
		assertThat(pages.get("/missions/" + mission + "?lang=" + lang).html())
			.contains(lang.equals("fr") ? "Plafond dépassé de 1" : "Over ceiling by 1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void aMissionOverACategoryCeilingListsTheExcessByCategory(String lang) {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.member(mission, "2018-01-10");
		api.post("/api/missions/" + mission + "/ceilings", Fixtures.json("effectiveOn", "2020-01-01", "total", 5,
				"categories", Map.of("DIPLOMATIC_AGENT", 0)));

		String html = pages.get("/missions/" + mission + "?lang=" + lang).html();
		assertThat(html).doesNotContain("??").doesNotContain("Over ceiling by 0");
		assertThat(html).contains(lang.equals("fr") ? "au-delà de son plafond de 1" : "over its ceiling by 1");
		String name = api.get("/api/missions/" + mission).json().path("name").asString();
		// Filtered by its name: other tests' missions fill the list's first pages.
		assertThat(pages.get("/missions?lang=" + lang + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).html())
			.contains(lang.equals("fr") ? "Plafond d’une catégorie dépassé" : "Over a category ceiling");
	}

	@Test
	void frenchIsReadAsUtf8() {
		assertThat(pages.get("/missions?lang=fr").html()).contains("État d’envoi", "Établir une mission");
		assertThat(pages.get("/nowhere?lang=fr").html()).contains("<h1>404 Introuvable</h1>");
	}

	@Test
	void bothLanguagesHaveTheSameMessages() throws IOException {
		assertThat(keys("messages_fr.properties")).isEqualTo(keys("messages.properties"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void homeIsTheStartPage(String lang) {
		Pages.Page home = pages.get("/?lang=" + lang);
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.html()).contains("<html lang=\"" + lang + "\">", "id=\"work-users\"").doesNotContain("??")
			.contains(lang.equals("fr") ? "<h1>Votre travail</h1>" : "<h1>Your work</h1>");
	}

	@Test
	void aFormThatSucceedsRedirectsToThePageOfWhatItMade() {
		Pages.Page page = pages.post("/missions", Map.of("sendingState", "FRA", "name", "Mission " + UUID.randomUUID(),
				"kind", "EMBASSY", "establishedOn", "2020-01-01"));
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).containsPattern("/missions/[0-9a-f-]{36}$");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void valuesThatCannotBeReadAreShownNextToTheirFields(String lang) {
		String mission = fixtures.mission("RUS", "2017-01-01");
		Pages.Page page = pages.post("/missions/" + mission + "/ceilings?lang=" + lang,
				Map.of("effectiveOn", "2021-13-45", "total", "many"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("role=\"alert\"", "href=\"#ceiling-effectiveOn\"", "href=\"#ceiling-total\"",
				"id=\"ceiling-effectiveOn-error\"")
			.contains(lang.equals("fr") ? "doit être une date écrite aaaa-mm-jj" : "must be a date written yyyy-mm-dd")
			.doesNotContain("??");
	}

	@Test
	void aRefusalOnAFrenchPageIsSaidInFrenchWithItsDatesWrittenOut() {
		String mission = fixtures.mission("RUS", "2017-01-16");
		Pages.Page page = pages.post("/missions/" + mission + "/status?lang=fr",
				Map.of("status", "SUSPENDED", "effectiveOn", "2017-01-01", "reason", "Avant"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("id=\"error-summary\"", "tabindex=\"-1\"", "autofocus",
				"Les dates se suivent dans un ordre impossible",
				"La date doit suivre le dernier changement de statut, le 16 janvier 2017 (active).",
				"doit être postérieur au 16 janvier 2017")
			.doesNotContain("must be", "2017-01-16 (ACTIVE)", "??");
	}

	@Test
	void refusalsOfTheRegistryAreShownWithTheirReason() {
		Pages.Page page = pages.post("/persons?lang=en", Map.of("nameNative", "Тестова", "nameLatin", "Testova",
				"birthDate", "2099", "nationality", "RUS", "sex", "FEMALE"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("href=\"#person-birthDate\"", "must not be in the future");
	}

	@Test
	void otherNamesAreHeldToTheLimitsOfTheApi() {
		Pages.Page page = pages.post("/persons?lang=en", Map.of("nameNative", "Тестова", "nameLatin", "Testova",
				"otherNames", "T., " + "x".repeat(301), "nationality", "RUS", "sex", "FEMALE"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("id=\"person-otherNames-error\"", "at most 20 names of at most 300 characters");
	}

	private static Properties keys(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(PagesTests.class.getResourceAsStream("/" + file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		properties.replaceAll((key, value) -> "");
		return properties;
	}
}
