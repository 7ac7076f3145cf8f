package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.accreditation.PersonaNonGrata;
import org.credence.registry.web.Pages;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The workspace's draft form beyond withdrawals and requests: a person declared not acceptable or
 * the declaration lifted, from the person's page; per-category limits of a ceiling; incidents of
 * the relations register cited as grounds, listed on the decision. The clock stands at 2021-10-06.
 */
@CredenceTest
class DraftPagesTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PersonaNonGrata personaNonGrata;

	@Autowired
	MutableClock clock;

	String mission;

	String member;

	String person;

	String name;

	Pages officer;

	@BeforeEach
	void aMissionWithAMember() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		mission = fixtures.mission("RUS", "2017-01-01");
		member = fixtures.member(mission, "2021-01-01");
		person = api.get("/api/accreditations/" + member).json().get("personId").asString();
		name = api.get("/api/persons/" + person).json().get("nameLatin").asString();
		officer = pages(accounts.user(Role.PROTOCOL_OFFICER));
	}

	@Test
	void aDeclarationOfNonAcceptabilityIsDraftedFromThePersonsPage() {
		String personPage = officer.get("/persons/" + person + "?lang=en").html();
		assertThat(personPage).contains("id=\"draft-declaration\"", "Draft a declaration of non-acceptability")
			.doesNotContain("id=\"draft-lifting\"");
		assertThat(pages(accounts.user(Role.EXECUTIVE)).get("/persons/" + person).html()).doesNotContain("draft-declaration");

		String workspace = officer.get("/decisions?person=" + person + "&act=DECLARE_NOT_ACCEPTABLE&lang=en").html();
		assertThat(workspace).contains("Acts concerning " + name, "Declare " + name + " not acceptable (persona non grata)",
				"value=\"DECLARE_NOT_ACCEPTABLE\" selected=\"selected\"").doesNotContain("id=\"draft-withdraw-");

		Map<String, String> form = form();
		form.put("personId", person);
		form.put("personAct", "DECLARE_NOT_ACCEPTABLE");
		Pages.Page noDeadline = officer.post("/decisions", form);
		assertThat(noDeadline.status()).isEqualTo(200);
		assertThat(noDeadline.html()).contains("id=\"draft-departureDeadline-error\"",
				"the person holds a position, which the declaration withdraws");

		form.put("departureDeadline", "2021-10-31");
		Pages.Page drafted = officer.post("/decisions", form);
		assertThat(drafted.status()).as(drafted.html()).isEqualTo(302);
		assertThat(officer.get(path(drafted.location()) + "?lang=en").html())
			.contains("Declare " + name + " not acceptable (to leave by 31 October 2021 if holding a position)");
	}

	@Test
	void theLiftingIsOfferedForADeclaredPersonAndRefusedForOneWhoIsNot() {
		Map<String, String> form = form();
		form.put("personId", person);
		form.put("personAct", "LIFT_NOT_ACCEPTABLE");
		Pages.Page refused = officer.post("/decisions", form);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html()).contains("id=\"draft-personId\"", "is not declared not acceptable");

		String stranger = fixtures.person("RUS");
		personaNonGrata.declare(UUID.fromString(stranger), OffsetDateTime.parse("2021-10-01T00:00:00+02:00"), null,
				"decision of the council");
		assertThat(officer.get("/persons/" + stranger + "?lang=en").html()).contains("id=\"draft-lifting\"",
				"/decisions?person=" + stranger + "&amp;act=LIFT_NOT_ACCEPTABLE").doesNotContain("id=\"draft-declaration\"");
		form.put("personId", stranger);
		Pages.Page drafted = officer.post("/decisions", form);
		assertThat(drafted.status()).as(drafted.html()).isEqualTo(302);
	}

	@Test
	void aCeilingWithPerCategoryLimitsIsDraftedAndALimitAboveTheTotalIsSaidNextToIt() {
		Map<String, String> form = form();
		form.put("mission", mission);
		form.put("total", "10");
		form.put("categories[SERVICE_STAFF]", "12");
		form.put("categories[DIPLOMATIC_AGENT]", "");
		Pages.Page above = officer.post("/decisions", form);
		assertThat(above.status()).isEqualTo(200);
		assertThat(above.html()).contains("id=\"draft-categories[SERVICE_STAFF]-error\"", "must not exceed the total of 10",
				"Ceiling for Service staff");

		form.put("categories[SERVICE_STAFF]", "-1");
		assertThat(officer.post("/decisions", form).html()).contains("id=\"draft-categories[SERVICE_STAFF]-error\"");

		form.put("categories[SERVICE_STAFF]", "2");
		Pages.Page drafted = officer.post("/decisions", form);
		assertThat(drafted.status()).as(drafted.html()).isEqualTo(302);
		assertThat(officer.get(path(drafted.location()) + "?lang=en").html()).contains("to 10 positions (Service staff: 2)");
	}

	@Test
	void incidentsAreCitedAsGroundsAndListedOnTheDecision() {
		String expulsion = api.post("/api/incidents", Fixtures.json("kind", "EXPULSION", "title", "Expulsion of 18 staff",
				"acting", "CZE", "affected", "RUS", "occurredOn", "2021-04-17", "classification", "NATO UNCLASSIFIED",
				"counts", Map.of("DIPLOMATIC_AGENT", 18))).id();
		String workspace = officer.get("/decisions?mission=" + mission + "&lang=en").html();
		assertThat(workspace).contains("id=\"draft-incidents\"", "value=\"" + expulsion + "\"", "17 April 2021 · Expulsion of 18 staff");

		Map<String, String> form = form();
		form.put("mission", mission);
		form.put("total", "10");
		form.put("incidents[0]", expulsion);
		form.put("incidents[1]", expulsion);
		Pages.Page twice = officer.post("/decisions", form);
		assertThat(twice.status()).isEqualTo(200);
		assertThat(twice.html()).contains("id=\"draft-incidents-error\"", "is cited twice");

		form.remove("incidents[1]");
		Pages.Page drafted = officer.post("/decisions", form);
		assertThat(drafted.status()).as(drafted.html()).isEqualTo(302);
		String decision = officer.get(path(drafted.location()) + "?lang=fr").html();
		assertThat(decision).contains("Incidents cités", "href=\"/incidents/" + expulsion + "\"",
				"17 avril 2021 · Expulsion of 18 staff").doesNotContain("??");
		assertThat(api.get("/api/decisions/" + path(drafted.location()).substring("/decisions/".length())).json()
			.path("incidents").get(0).asString()).isEqualTo(expulsion);
	}

	private Map<String, String> form() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grounds", "Conduct incompatible with diplomatic status");
		form.put("classification", "NATO RESTRICTED");
		return form;
	}

	private static String path(String location) {
		return location.replaceFirst("^https?://[^/]+", "");
	}

	private Pages pages(TestAccounts.User user) {
		return Pages.as(api.baseUrl(), user.name(), user.password());
	}
}
