package org.credence.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.registry.web.Pages;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** Persons linked to an incident after it was recorded, and forums established, in the API and the pages. */
@CredenceTest
class RelationsFormsTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	Pages officer;

	@BeforeEach
	void officer() {
		clock.set(Instant.parse("2022-01-01T08:00:00Z"));
		TestAccounts.User user = accounts.user(Role.PROTOCOL_OFFICER);
		officer = Pages.as(api.baseUrl(), user.name(), user.password());
	}

	@Test
	void aPersonLinkedThroughTheApiIsJournaledAndCannotBeLinkedTwice() {
		String incident = incident("POL", "BLR", "2021-06-10");
		String person = fixtures.person("BLR");

		Api.Response linked = api.post("/api/incidents/" + incident + "/persons", json("personId", person));
		assertThat(linked.status()).as(linked.text()).isEqualTo(201);
		assertThat(linked.json().get("persons").get(0).asString()).isEqualTo(person);
		assertThat(jdbc.sql("select change::jsonb->>'person' from journal_entry where action = 'incident.person-linked'"
				+ " and subject_id = ?").param(incident).query(String.class).list())
			.containsExactly(person);

		assertProblem(api.post("/api/incidents/" + incident + "/persons", json("personId", person)), 409,
				"/problems/person-already-linked");
		assertThat(assertInvalid(api.post("/api/incidents/" + incident + "/persons",
				json("personId", UUID.randomUUID().toString())))).containsKey("personId");
		assertThat(assertInvalid(api.post("/api/incidents/" + incident + "/persons", "{}"))).containsKey("personId");
		assertProblem(api.post("/api/incidents/" + UUID.randomUUID() + "/persons", json("personId", person)), 404,
				"/problems/not-found");
		assertThat(api.get("/api/incidents/" + incident).json().get("incident").get("persons")).hasSize(1);
		assertProblem(api.as(accounts.user(Role.EXECUTIVE).token()).post("/api/incidents/" + incident + "/persons",
				json("personId", person)), 403, "/problems/forbidden");
	}

	@Test
	void onTheIncidentPageAPersonIsFoundByNameAndLinked() {
		String incident = incident("LVA", "BLR", "2021-07-01");
		String name = "Linkov " + UUID.randomUUID().toString().substring(0, 8);
		String person = api.post("/api/persons", json("nameNative", "Линков", "nameLatin", name, "birthDate", "1970",
				"nationality", "BLR", "sex", "MALE")).id();
		String page = "/incidents/" + incident;

		String found = officer.get(page + "?lang=en&personName=" + name.replace(' ', '+')).html();
		assertThat(found).contains("id=\"candidates-table\"", name, "(Линков)", "id=\"link-" + person + "\"",
				"aria-label=\"Link " + name + " to the incident\"");
		assertThat(officer.get(page + "?lang=fr&personName=nobody-" + UUID.randomUUID()).html())
			.contains("id=\"no-candidates\"", "Aucune autre personne").doesNotContain("??");

		Pages.Page linked = officer.post(page + "/persons", Map.of("personId", person, "personName", name));
		assertThat(linked.status()).as(linked.html()).isEqualTo(302);
		String shown = officer.get(page + "?lang=en&personName=" + name.replace(' ', '+')).html();
		assertThat(shown).contains("href=\"/persons/" + person + "\"", "id=\"no-candidates\"");

		Pages.Page again = officer.post(page + "/persons?lang=en", Map.of("personId", person, "personName", name));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.html()).contains("error-summary", "The person is already linked to the incident",
				"value=\"" + name + "\"");
		Pages.Page unknown = officer.post(page + "/persons?lang=en", Map.of("personId", "not-an-id"));
		assertThat(unknown.html()).contains("href=\"#link-personId\"", "id=\"link-personId-error\"",
				"Person: must be chosen from the list");
		assertThat(officer.post("/incidents/" + UUID.randomUUID() + "/persons", Map.of("personId", person)).status())
			.isEqualTo(404);
	}

	@Test
	void aForumEstablishedOnTheFormIsListedWithItsParticipants() {
		String name = "Forms council " + UUID.randomUUID();
		Pages.Page established = officer.post("/forums", form("name", name, "establishedOn", "2002-05-28",
				"participants", "HOST", "participants", "RUS", "classification", "NATO UNCLASSIFIED"));
		assertThat(established.status()).as(established.html()).isEqualTo(302);
		assertThat(established.location()).contains("/forums/");
		String forum = established.location().substring(established.location().indexOf("/forums/"));
		assertThat(officer.get(forum + "?lang=en").html()).contains(name, "Russia", "28 May 2002");
		assertThat(officer.get("/forums?lang=en").html()).contains(name);
		assertThat(jdbc.sql("select count(*) from journal_entry where action = 'forum.established' and change::jsonb->>'name' = ?")
			.param(name).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aRefusedForumSaysWhyNextToEachFieldAndKeepsTheChoices() {
		String name = "Refused council " + UUID.randomUUID();
		Pages.Page alone = officer.post("/forums?lang=en", form("name", name, "establishedOn", "2030-01-01",
				"participants", "HOST", "participants", "XYZ", "classification", "NATO UNCLASSIFIED"));
		assertThat(alone.status()).isEqualTo(200);
		assertThat(alone.html()).contains("error-summary", "id=\"forum-participants-error\"",
				"Participants: must be an ISO 3166-1 alpha-3 state or HOST",
				"Established on: must not be in the future", "value=\"" + name + "\"");
		assertThat(alone.html()).containsPattern("<option value=\"HOST\" selected=\"selected\">");

		Pages.Page unnamed = officer.post("/forums?lang=fr", form("name", "", "participants", "HOST",
				"participants", "RUS", "classification", "NATO UNCLASSIFIED"));
		assertThat(unnamed.html()).contains("href=\"#forum-name\"", "Nom\u00a0: doit être renseigné").doesNotContain("??");
		assertThat(unnamed.html()).containsPattern("<option value=\"RUS\" selected=\"selected\">");
		assertThat(api.get("/api/forums").text()).doesNotContain(name);
	}

	@Test
	void aNameOnTwoLinesOrOfInvisibleCharactersIsRefusedOnTheFormAsByTheApi() {
		Pages.Page twoLines = officer.post("/forums?lang=en", form("name", "Council\non two lines", "establishedOn",
				"2002-05-28", "participants", "HOST", "participants", "RUS", "classification", "NATO UNCLASSIFIED"));
		Pages.Page invisible = officer.post("/forums?lang=en", form("name", "\u200B\u200D", "establishedOn",
				"2002-05-28", "participants", "HOST", "participants", "RUS", "classification", "NATO UNCLASSIFIED"));

		assertThat(twoLines.status()).isEqualTo(200);
		assertThat(twoLines.html()).contains("id=\"forum-name-error\"", "must be on one line");
		assertThat(invisible.html()).contains("id=\"forum-name-error\"", "must have a visible character");
		assertThat(api.get("/api/forums").text()).doesNotContain("on two lines");
	}

	@Test
	void whatPageFormUsedToCheckIsRefusedByTheFormsRulesFieldByField() {
		String incident = incident("EST", "RUS", "2021-07-20");
		Pages.Page cited = officer.post("/incidents/" + incident + "/citations?lang=en", form("fact", "Two\nlines",
				"stance", "REPORTS", "publisher", "ERR", "publishedOn", "2021-07-21", "title", "Report", "address",
				"\u200B"));
		assertThat(cited.status()).isEqualTo(200);
		assertThat(cited.html()).contains("id=\"citation-fact-error\"", "must be on one line",
				"id=\"citation-address-error\"", "Address (URL): must have a visible character");

		Pages.Page unkind = officer.post("/incidents?lang=en", form("title", "No kind", "acting", "EST", "affected",
				"RUS", "occurredOn", "2021-07-21", "counts[DIPLOMATIC_AGENT]", "two", "grounds", "Bell \u0007",
				"classification", "NATO UNCLASSIFIED"));
		assertThat(unkind.html()).contains("href=\"#incident-kind\"", "Kind: must be given",
				"Diplomatic agent: must be a whole number", "Stated grounds: must not contain control characters");

		String forum = api.post("/api/forums", json("name", "Rules council " + UUID.randomUUID(), "participants",
				List.of("HOST", "RUS"), "classification", "NATO UNCLASSIFIED")).id();
		Pages.Page tooLong = officer.post("/forums/" + forum + "/meetings?lang=en", form("heldOn", "2021-07-01", "level",
				"Ministers", "topics", "x".repeat(2001), "classification", "NATO UNCLASSIFIED"));
		assertThat(tooLong.html()).contains("Topics: must be at most 2000 characters");
		Pages.Page lines = officer.post("/forums/" + forum + "/meetings?lang=en", form("heldOn", "2021-07-01", "level",
				"Ministers", "topics", "Arms control\nRisk reduction", "classification", "NATO UNCLASSIFIED"));
		assertThat(lines.status()).as(lines.html()).isEqualTo(302);
		assertThat(api.get("/api/incidents/" + incident).json().get("citations")).isEmpty();
	}

	@Test
	void onlyTheRegistersKeepersSeeTheNewForms() {
		String incident = incident("LTU", "BLR", "2021-07-15");
		TestAccounts.User executive = accounts.user(Role.EXECUTIVE);
		Pages reader = Pages.as(api.baseUrl(), executive.name(), executive.password());
		assertThat(reader.get("/forums").html()).contains("id=\"forums-table\"").doesNotContain("id=\"forum\"");
		assertThat(reader.get("/incidents/" + incident + "?personName=Testov").html())
			.doesNotContain("id=\"person-search\"", "candidates-table");
		assertThat(reader.post("/forums", form("name", "Not allowed", "participants", "HOST", "participants", "RUS")).status())
			.isEqualTo(403);

		TestAccounts.User security = accounts.user(Role.SECURITY_OFFICER);
		Pages keeper = Pages.as(api.baseUrl(), security.name(), security.password());
		assertThat(keeper.get("/forums").html()).contains("id=\"forum\"", "name=\"participants\" multiple");
		assertThat(keeper.get("/incidents/" + incident).html()).contains("id=\"person-search\"");
	}

	private String incident(String acting, String affected, String on) {
		Api.Response response = api.post("/api/incidents", json("kind", "EXPULSION", "title", "Expulsion " + on,
				"acting", acting, "affected", affected, "occurredOn", on, "classification", "NATO UNCLASSIFIED",
				"persons", List.of()));
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.id();
	}

	/** The form's fields in order; a list's field repeats, once for each option chosen. */
	private static List<Map.Entry<String, String>> form(String... namesAndValues) {
		List<Map.Entry<String, String>> form = new ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
		}
		return form;
	}
}
