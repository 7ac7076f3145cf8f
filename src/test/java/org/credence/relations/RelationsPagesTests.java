package org.credence.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.util.HashMap;
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
 * The register's pages as a protocol officer and the other roles use them, without a browser. Each
 * test keeps to a pair of states or a period of its own, the database being shared by the whole run.
 */
@CredenceTest
class RelationsPagesTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	Pages officer;

	@BeforeEach
	void officer() {
		clock.set(Instant.parse("2022-01-01T08:00:00Z"));
		TestAccounts.User user = accounts.user(Role.PROTOCOL_OFFICER);
		officer = Pages.as(api.baseUrl(), user.name(), user.password());
	}

	@Test
	void anIncidentRecordedOnTheFormIsListedWithItsPartiesCountsAndMarking() {
		String title = "Estonia expels a Belarusian diplomat " + UUID.randomUUID();
		Pages.Page answer = officer.post("/incidents", form("kind", "EXPULSION", "title", title, "acting", "EST",
				"affected", "BLR", "occurredOn", "2021-08-09", "deadlineToLeave", "2021-08-14",
				"counts[DIPLOMATIC_AGENT]", "1", "counts[UNSPECIFIED]", "2", "grounds", "Activities incompatible",
				"classification", "NATO RESTRICTED"));

		assertThat(answer.status()).as(answer.html()).isEqualTo(302);
		assertThat(answer.location()).contains("/incidents/");
		String shown = officer.get(answer.location().substring(answer.location().indexOf("/incidents/"))).html();
		assertThat(shown).contains(title, "Estonia", "Belarus", "2021-08-14", "Activities incompatible",
				"NATO RESTRICTED", "Diplomatic agent", ">3<");
		String list = officer.get("/incidents?between=BLR&and=EST&from=2021-08-01&to=2021-08-31&lang=en").html();
		assertThat(list).contains(title, "Estonia → Belarus", "Expulsion", "<td>3</td>", "NATO RESTRICTED");
		String later = officer.get("/incidents?between=BLR&and=EST&from=2021-09-01&lang=en").html();
		assertThat(later.substring(later.indexOf("id=\"incidents-table\""), later.indexOf("</table>")))
			.doesNotContain(title);
	}

	@Test
	void aRefusedFormSaysWhyNextToEachFieldAndKeepsWhatWasTyped() {
		Pages.Page refused = officer.post("/incidents", form("kind", "EXPULSION", "title", "Kept title", "acting",
				"EST", "affected", "EST", "occurredOn", "2023-01-01", "deadlineToLeave", "soon", "counts[SPIES]", "",
				"counts[DIPLOMATIC_AGENT]", "0", "classification", "NATO UNCLASSIFIED"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html()).contains("error-summary", "Deadline to leave: must be a date written yyyy-mm-dd",
				"id=\"incident-deadlineToLeave-error\"", "aria-invalid=\"true\"", "value=\"Kept title\"");
		Pages.Page invalid = officer.post("/incidents", form("kind", "EXPULSION", "title", "Kept title", "acting",
				"EST", "affected", "EST", "occurredOn", "2023-01-01", "counts[DIPLOMATIC_AGENT]", "0",
				"classification", "NATO UNCLASSIFIED"));
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.html()).contains("Affected party: must not be the acting party",
				"Date: must not be in the future (today is 1 January 2022)", "Diplomatic agent: must be a number of persons",
				"href=\"#incident-affected\"");
		assertThat(officer.post("/incidents", form("kind", "EXPULSION", "title", "x".repeat(301), "acting", "EST",
				"affected", "LVA", "occurredOn", "2021-01-01", "classification", "NATO UNCLASSIFIED")).html())
			.contains("Title: must be at most 300 characters");
		assertThat(officer.get("/incidents?lang=fr").html()).doesNotContain("error-summary");

		String incident = record("EXPULSION", "EST", "LVA", "2021-02-01", null);
		Pages.Page uncited = officer.post("/incidents/" + incident + "/citations?lang=fr",
				form("stance", "CONFIRMS", "publishedOn", "2030-01-01", "title", "Dépêche"));
		assertThat(uncited.status()).isEqualTo(200);
		// A bound field writes back what was typed as every form does, accents as HTML's named references.
		assertThat(uncited.html()).contains("Éditeur\u00a0: doit être renseigné", "value=\"D&eacute;p&ecirc;che\"");
		assertThat(officer.post("/incidents/" + incident + "/citations?lang=fr", form("stance", "CONFIRMS",
				"publisher", "ČTK", "publishedOn", "2030-01-01", "title", "Dépêche")).html())
			.contains("Publié le\u00a0: ne doit pas être dans le futur (nous sommes le");
		assertThat(officer.get("/relations/timeline?between=EST&and=XXX&lang=en").html())
			.contains("error-summary", "And: must be an ISO 3166-1 alpha-3 state");
		assertThat(officer.get("/relations?from=yesterday&lang=en").html()).contains("From: must be a date");
		assertThat(officer.get("/incidents/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void anIncidentShowsWhatItAnswersWhatAnsweredItItsPersonsAndWhereEachFactStands() {
		String person = fixtures.person("LTU");
		String first = record("EXPULSION", "LTU", "ARM", "2021-03-01", null);
		String answer = api.post("/api/incidents", json("kind", "COUNTER_EXPULSION", "title", "Armenia answers",
				"acting", "ARM", "affected", "LTU", "occurredOn", "2021-03-03", "answers", first, "classification",
				"NATO UNCLASSIFIED", "counts", Map.of("DIPLOMATIC_AGENT", 2), "persons", List.of(person))).id();
		cite(answer, "2 diplomats expelled", "REPORTS", "Sky News", "2021-03-03");
		cite(answer, "2 diplomats expelled", "CONFIRMS", "AFP", "2021-03-04");
		cite(answer, null, "DENIES", "TASS", "2021-03-05");

		String page = officer.get("/incidents/" + answer + "?lang=en").html();
		assertThat(page).contains("href=\"/incidents/" + first + "\"", "href=\"/persons/" + person + "\"",
				"Testov", "2 diplomats expelled", "confirmed", ", first reported by Sky News", "; confirmed by AFP",
				"denied", "; denied by TASS");
		assertThat(officer.get("/incidents/" + first).html()).contains("href=\"/incidents/" + answer + "\"",
				"Armenia answers");

		Pages.Page cited = officer.post("/incidents/" + first + "/citations", form("fact", "", "stance", "REPORTS",
				"publisher", "Reuters", "publishedOn", "2021-03-02", "title", "Lithuania expels", "address",
				"https://example.org/lt"));
		assertThat(cited.status()).isEqualTo(302);
		assertThat(officer.get("/incidents/" + first + "?lang=fr").html()).contains("rapporté d’abord par Reuters",
				"href=\"https://example.org/lt\"", "seulement rapporté");
	}

	@Test
	void theTimelineShowsEachStepWithWhatItAnsweredAndWhatEachSideDid() {
		String first = record("EXPULSION", "SVK", "BLR", "2021-05-10", null);
		record("COUNTER_EXPULSION", "BLR", "SVK", "2021-05-12", first);

		String page = officer.get("/relations/timeline?between=SVK&and=BLR&from=2021-05-01&to=2021-05-31&lang=en").html();
		assertThat(page).contains("Timeline: Slovakia and Belarus", "Slovakia → Belarus: Expulsion, 3 persons",
				"Belarus → Slovakia: Counter-expulsion, 3 persons", "In response to",
				"href=\"/incidents/" + first + "\"");
		assertThat(page.indexOf("Slovakia → Belarus: Expulsion")).isLessThan(page.indexOf("Belarus → Slovakia: Counter"));
	}

	@Test
	void theCountsAreTablesAndBarChartsDrawnOnTheServer() {
		record("EXPULSION", "ISL", "BLR", "1961-03-01", null);
		record("EXPULSION", "ISL", "BLR", "1961-06-01", null);
		record("EXPULSION", "BLR", "ISL", "1962-01-01", null);

		String page = officer.get("/relations?from=1961-01-01&to=1962-12-31&lang=en").html();
		assertThat(page).contains("<svg", "<title id=\"byYear-chart-title\">Incidents by year</title>",
				"<desc id=\"byYear-chart-desc\">");
		assertThat(page).containsPattern("data-key=\"1961\">\\s*<text[^>]*>1961</text>\\s*<rect x=\"200\" y=\"4\" width=\"300\"");
		assertThat(page).containsPattern("data-key=\"1962\">\\s*<text[^>]*>1962</text>\\s*<rect x=\"200\" y=\"32\" width=\"150\"");
		assertThat(page).contains("2 incidents, 6 persons", "1 incident, 3 persons", "Iceland", "Belarus");
		assertThat(page).containsPattern("<th scope=\"row\">Iceland</th>\\s*<td>2</td>\\s*<td>6</td>");
	}

	@Test
	void aDateBeforeTheRegistrysEarliestIsRefusedOnEveryFormOfTheRegister() {
		String title = "Year zero expulsion " + UUID.randomUUID();
		Pages.Page incident = officer.post("/incidents", form("kind", "EXPULSION", "title", title, "acting", "EST",
				"affected", "BLR", "occurredOn", "0000-01-01", "classification", "NATO UNCLASSIFIED"));
		assertThat(incident.status()).isEqualTo(200);
		assertThat(incident.html()).contains("id=\"incident-occurredOn-error\"", "from 1900-01-01 to 100 years from today");
		assertThat(api.get("/api/incidents").text()).doesNotContain(title);

		String recorded = record("EXPULSION", "EST", "BLR", "2021-08-09", null);
		assertThat(officer.post("/incidents/" + recorded + "/citations", form("stance", "REPORTS", "publisher",
				"Year zero press", "title", "Old news", "publishedOn", "1899-12-31")).html())
			.contains("from 1900-01-01 to 100 years from today");
		String forum = api.post("/api/forums", json("name", "Old council " + UUID.randomUUID(), "participants",
				List.of("HOST", "RUS"), "classification", "NATO UNCLASSIFIED")).id();
		assertThat(officer.post("/forums/" + forum + "/meetings", form("heldOn", "0001-01-01", "level", "Ministers",
				"topics", "x", "classification", "NATO UNCLASSIFIED")).html()).contains("from 1900-01-01 to 100 years from today");
		assertThat(api.get("/api/incidents/" + recorded).json().get("citations")).isEmpty();
		assertThat(api.get("/api/forums/" + forum).json().get("meetings")).isEmpty();
	}

	@Test
	void aForumShowsItsLastMeetingAndHowLongAnAnswerHasBeenAwaited() {
		String forum = api.post("/api/forums", json("name", "Pages council " + UUID.randomUUID(), "establishedOn",
				"2002-05-28", "participants", List.of("HOST", "RUS"), "classification", "NATO UNCLASSIFIED")).id();
		String path = "/forums/" + forum;

		assertThat(officer.post(path + "/proposals", form("proposedBy", "HOST", "proposedOn", "2020-09-01", "awaiting",
				"RUS", "topics", "Risk reduction", "classification", "NATO UNCLASSIFIED")).status()).isEqualTo(302);
		assertThat(officer.post(path + "/meetings", form("heldOn", "2019-07-05", "level", "Ambassadors", "topics",
				"INF Treaty", "classification", "NATO UNCLASSIFIED")).status()).isEqualTo(302);
		assertThat(officer.post(path + "/meetings", form("heldOn", "2018-05-31", "level", "Ambassadors", "topics",
				"Ukraine", "classification", "NATO UNCLASSIFIED")).status()).isEqualTo(302);

		String page = officer.get(path + "?lang=en").html();
		assertThat(page).contains("awaiting Russia’s answer for 487 days", "Risk reduction");
		assertThat(page).containsPattern("class=\"last-meeting\">\\s*<th scope=\"row\"><span>5 July 2019</span>");
		assertThat(officer.get(path + "?lang=fr").html()).contains("en attente de la réponse de Russie depuis 487 jours");
		assertThat(officer.get("/forums?lang=en").html()).contains("Pages council", "Russia");

		Pages.Page refused = officer.post(path + "/meetings", form("heldOn", "2030-01-01", "level", "", "topics", "x",
				"classification", "NATO UNCLASSIFIED"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html()).contains("Level: must be given");
		Pages.Page future = officer.post(path + "/meetings", form("heldOn", "2030-01-01", "level", "Ministers",
				"topics", "x", "classification", "NATO UNCLASSIFIED"));
		assertThat(future.html()).contains("Held on: must not be in the future");

		String proposal = page.replaceAll("(?s).*id=\"proposal-([0-9a-f-]{36})\".*", "$1");
		assertThat(officer.post(path + "/proposals/" + proposal + "/answer", form("status", "DECLINED", "on",
				"2021-01-15")).status()).isEqualTo(302);
		assertThat(officer.get(path + "?lang=en").html()).contains("Declined", "Russia answered on 15 January 2021, after 136 days");
		Pages.Page again = officer.post(path + "/proposals/" + proposal + "/answer", form("status", "ACCEPTED", "on",
				"2021-01-16"));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.html()).contains("The proposal for a meeting has already been answered");
	}

	@Test
	void onlyTheReceivingPartysRolesSeeTheRegisterAndOnlyItsKeepersItsForms() {
		String incident = record("EXPULSION", "NOR", "BLR", "2021-06-01", null);
		TestAccounts.User executive = accounts.user(Role.EXECUTIVE);
		Pages reader = Pages.as(api.baseUrl(), executive.name(), executive.password());
		assertThat(reader.get("/incidents").html()).contains("href=\"/incidents\"").doesNotContain("id=\"incident\"");
		assertThat(reader.get("/incidents/" + incident).html()).doesNotContain("id=\"citation\"");
		TestAccounts.User security = accounts.user(Role.SECURITY_OFFICER);
		assertThat(Pages.as(api.baseUrl(), security.name(), security.password()).get("/incidents").html())
			.contains("id=\"incident\"");
		assertThat(officer.get("/incidents/" + incident).html()).contains("id=\"citation\"");
		assertThat(officer.get("/missions?lang=en").html()).contains("<a href=\"/incidents\">Relations</a>");

		TestAccounts.User missionAdministrator = accounts.user(Role.MISSION_ADMINISTRATOR,
				UUID.fromString(fixtures.mission("BLR", "2017-01-01")), null);
		Pages outsider = Pages.as(api.baseUrl(), missionAdministrator.name(), missionAdministrator.password());
		assertThat(outsider.get("/incidents").status()).isEqualTo(403);
		assertThat(outsider.get("/relations/timeline?between=NOR&and=BLR").status()).isEqualTo(403);
		assertThat(outsider.get("/missions").html()).doesNotContain("href=\"/incidents\"");
		assertThat(Pages.anonymous(api.baseUrl()).get("/incidents").location()).endsWith("/login");
	}

	private String record(String kind, String acting, String affected, String on, String answers) {
		Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "title", kind + " " + acting + " " + on,
				"acting", acting, "affected", affected, "occurredOn", on, "classification", "NATO UNCLASSIFIED",
				"counts", Map.of("DIPLOMATIC_AGENT", 3)));
		if (answers != null) {
			body.put("answers", answers);
		}
		Api.Response response = api.post("/api/incidents", json(body.entrySet().stream()
			.flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray()));
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.id();
	}

	private void cite(String incident, String fact, String stance, String publisher, String on) {
		Map<String, Object> body = new HashMap<>(Map.of("stance", stance, "source", Map.of("publisher", publisher,
				"publishedOn", on, "title", publisher + " on the expulsion")));
		if (fact != null) {
			body.put("fact", fact);
		}
		Api.Response response = api.post("/api/incidents/" + incident + "/citations", json(body.entrySet().stream()
			.flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray()));
		assertThat(response.status()).as(response.text()).isEqualTo(201);
	}

	private static Map<String, String> form(String... namesAndValues) {
		Map<String, String> form = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}
}
