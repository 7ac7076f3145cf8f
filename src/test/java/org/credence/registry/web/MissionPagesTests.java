package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.decisions.Proceedings;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The mission's pages as each role reaches them: a summary and tabs with their way back, approved
 * arrivals to come, no arrival offered to a mission that takes none, and the ways into a decision
 * or an arrival from a mission's or a person's page. The clock stands at 2021-10-06 12:00 in Brussels.
 */
@CredenceTest
class MissionPagesTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	Proceedings proceedings;

	String mission;

	Pages officer;

	@BeforeEach
	void aMission() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		mission = fixtures.mission("RUS", "2017-01-01");
		officer = pages(accounts.user(Role.PROTOCOL_OFFICER));
	}

	@Test
	void anArrivalApprovedByTheExecutiveForTomorrowIsShownAsToComeUntilTheDayItBegins() {
		String request = fixtures.request(mission, "2021-10-07");
		String name = nameOf(request);
		Api.Response drafted = api.post("/api/decisions", json("grounds", "Posting", "classification", "NATO UNCLASSIFIED",
				"acts", List.of(Map.of("kind", "APPROVE", "accreditationId", request))));
		assertThat(api.as(accounts.user(Role.EXECUTIVE).token()).post("/api/decisions/" + drafted.id() + "/signature", "")
			.status()).isEqualTo(200);
		proceedings.applyDue();

		for (String tab : List.of("", "/members")) {
			String page = officer.get("/missions/" + mission + tab + "?lang=en").html();
			assertThat(between(page, "id=\"arriving-table\"", "</table>")).as(tab).contains(name, "7 October 2021");
			assertThat(page).contains("Approved arrivals to come");
		}
		assertThat(between(officer.get("/missions/" + mission + "/members?lang=en").html(), "id=\"members-table\"", "</table>"))
			.doesNotContain(name);
		assertThat(officer.get("/missions/" + mission + "/requests?lang=en").html()).doesNotContain(name);
		assertThat(officer.get("/missions/" + mission + "?lang=fr").html()).contains("Arrivées approuvées à venir");

		clock.set(Instant.parse("2021-10-07T08:00:00Z"));
		assertThat(officer.get("/missions/" + mission + "?lang=en").html()).doesNotContain("id=\"arriving-table\"");
		assertThat(between(officer.get("/missions/" + mission + "/members?lang=en").html(), "id=\"members-table\"", "</table>"))
			.contains(name);
	}

	@Test
	void aSuspendedMissionIsOfferedNoArrivalAndThePageSaysSinceWhen() {
		String person = fixtures.person("RUS");
		assertThat(officer.get("/missions/" + mission + "?lang=en").html()).contains("id=\"notify-arrival\"");
		assertThat(officer.get("/persons/" + person + "?lang=en").html()).contains("value=\"" + mission + "\"");
		api.post("/api/missions/" + mission + "/status", json("status", "SUSPENDED", "effectiveOn", "2021-10-01"));

		for (String tab : List.of("", "/requests", "/arrivals")) {
			String page = officer.get("/missions/" + mission + tab + "?lang=en").html();
			assertThat(page).as(tab).contains("id=\"no-arrivals\"", "The mission is suspended since", "receives no arrivals")
				.doesNotContain("id=\"notify-arrival\"", "id=\"arrival\"");
		}
		assertThat(officer.get("/missions/" + mission + "/arrivals?lang=fr").html())
			.contains("La mission est suspendue depuis le").doesNotContain("??");
		assertThat(officer.get("/persons/" + person + "?lang=en").html()).doesNotContain("value=\"" + mission + "\"");
	}

	@Test
	void fromAPersonsPageTheArrivalFormOpensWithThePersonChosen() {
		String person = fixtures.person("RUS");
		String page = officer.get("/persons/" + person + "?lang=en").html();
		assertThat(page).contains("id=\"arrival-for\"", "Notify an arrival for this person", "href=\"/persons\"");

		Pages.Page chosen = officer.get("/persons/" + person + "/arrival?mission=" + mission);
		assertThat(chosen.status()).isEqualTo(302);
		assertThat(chosen.location()).endsWith("/missions/" + mission + "/arrivals?person=" + person);
		assertThat(officer.get("/missions/" + mission + "/arrivals?person=" + person + "&lang=en").html())
			.contains("<option value=\"" + person + "\" selected=\"selected\">", "id=\"arrival\"");

		assertThat(pages(accounts.user(Role.EXECUTIVE)).get("/persons/" + person + "?lang=en").html())
			.doesNotContain("id=\"arrival-for\"");
	}

	/** However many persons the registry holds, the one arriving is found by a part of their name. */
	@Test
	void theArrivalFormFindsThePersonByAPartOfTheirName() {
		String part = UUID.randomUUID().toString().substring(0, 8);
		String person = api.post("/api/persons", json("nameNative", "Журавлина " + part, "nameLatin",
				"Zhuravlina " + part, "nationality", "RUS", "sex", "FEMALE")).id();

		String found = officer.get("/missions/" + mission + "/arrivals?find=" + part + "&lang=fr").html();
		assertThat(found).contains("id=\"arrival-find-text\"", "<option value=\"" + person + "\"",
				"Une personne trouvée pour « " + part + " », à choisir ci-dessous.");
		assertThat(found.split("<option value=\"[0-9a-f-]{36}\"", -1)).as("only the one found").hasSize(2);
		assertThat(officer.get("/missions/" + mission + "/arrivals?find=zzqqxx&lang=en").html())
			.contains("No person’s name contains “zzqqxx”: register the person first.");
	}

	@Test
	void eachTabIsMarkedCurrentAndLeadsBackToTheMission() {
		for (String tab : MissionHead.TABS) {
			String path = "/missions/" + mission + (tab.equals("summary") ? "" : "/" + tab);
			String page = officer.get(path + "?lang=en").html();
			assertThat(page).as(tab).contains("<nav class=\"tabs\"", "id=\"tab-" + tab + "\" aria-current=\"page\"")
				.contains(tab.equals("summary") ? "<a href=\"/missions\">All missions</a>"
						: "<a href=\"/missions/" + mission + "\">Summary of");
		}
	}

	@Test
	void measuresAreProposedAsDecisionsAndOnlyRecordedWhereTheAccessPolicyAllows() {
		String proposal = "href=\"/decisions?mission=" + mission + "#draft-heading\"";
		assertThat(officer.get("/missions/" + mission + "?lang=en").html()).contains(proposal);
		assertThat(officer.get("/missions/" + mission + "/measures?lang=en").html()).contains(proposal,
				"Record a ceiling decided elsewhere", "Record a status change decided elsewhere", "id=\"ceiling\"",
				"id=\"statusChange\"");
		assertThat(officer.get("/decisions?mission=" + mission + "&lang=en").html()).contains("id=\"draft\"",
				"value=\"" + mission + "\" selected=\"selected\"");

		String executive = pages(accounts.user(Role.EXECUTIVE)).get("/missions/" + mission + "/measures?lang=en").html();
		assertThat(executive).contains("id=\"ceilings-heading\"").doesNotContain(proposal, "id=\"ceiling\"", "id=\"statusChange\"");

		api.post("/api/missions/" + mission + "/status", json("status", "CLOSED", "effectiveOn", "2021-10-01"));
		assertThat(officer.get("/missions/" + mission + "/measures?lang=en").html())
			.contains("id=\"status-closed\"").doesNotContain("id=\"statusChange\"");
	}

	private String nameOf(String accreditation) {
		String person = api.get("/api/accreditations/" + accreditation).json().get("personId").asString();
		return api.get("/api/persons/" + person).json().get("nameLatin").asString();
	}

	private static String between(String html, String from, String to) {
		assertThat(html).contains(from);
		String rest = html.substring(html.indexOf(from));
		return rest.substring(0, rest.indexOf(to));
	}

	private Pages pages(TestAccounts.User user) {
		return Pages.as(api.baseUrl(), user.name(), user.password());
	}
}
