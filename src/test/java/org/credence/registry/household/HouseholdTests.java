package org.credence.registry.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertProblem;
import static org.credence.support.ProblemAssertions.errors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.accreditation.Departures;
import org.credence.registry.accreditation.PersonaNonGrata;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * Members of a household (VCDR art. 37) follow their principal: accredited no earlier, ended at the
 * same instant with the same deadline; not counted toward the ceiling unless configured to be.
 */
@CredenceTest
class HouseholdTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Departures departures;

	@Autowired
	PersonaNonGrata personaNonGrata;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void now() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
	}

	@Test
	void aWithdrawalOfThePrincipalEndsTheHouseholdAtTheSameInstantWithTheSameDeadline() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String principal = fixtures.member(mission, "2021-01-01");
		String spouse = approve(add(principal, "SPOUSE_OR_PARTNER", "2021-01-01"));
		String child = approve(add(principal, "CHILD", "2021-02-01"));
		String otherPrincipal = fixtures.member(mission, "2021-01-01");
		String otherSpouse = approve(add(otherPrincipal, "SPOUSE_OR_PARTNER", "2021-01-01"));

		departures.withdraw(UUID.fromString(principal), OffsetDateTime.parse("2021-11-01T00:00:00+01:00"),
				LocalDate.parse("2021-10-31"), "decision of the council");

		for (String member : new String[] { principal, spouse, child }) {
			JsonNode accreditation = api.get("/api/accreditations/" + member).json();
			assertThat(accreditation.path("status").asString()).as(member).isEqualTo("WITHDRAWN");
			assertThat(accreditation.path("end").asString()).isEqualTo("2021-11-01T00:00:00+01:00");
			assertThat(accreditation.path("departureDeadline").asString()).isEqualTo("2021-10-31");
		}
		assertThat(api.get("/api/accreditations/" + otherSpouse).json().path("status").asString()).isEqualTo("ACTIVE");
		assertThat(api.get("/api/journal?subject=" + child).text()).contains("accreditation.withdrawn");
		JsonNode household = api.get("/api/accreditations/" + principal + "/household").json();
		assertThat(household.size()).isEqualTo(2);
		assertThat(household.get(0).path("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(household.get(0).path("departureDeadline").asString()).isEqualTo("2021-10-31");
	}

	@Test
	void anActNamingAMemberWithdrawnWithThePrincipalFindsThemWithdrawnAlready() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String principal = fixtures.member(mission, "2021-01-01");
		String spouse = approve(add(principal, "SPOUSE_OR_PARTNER", "2021-01-01"));
		OffsetDateTime effective = OffsetDateTime.parse("2021-11-01T00:00:00+01:00");

		departures.withdraw(UUID.fromString(principal), effective, LocalDate.parse("2021-10-31"), "decision");
		departures.withdraw(UUID.fromString(spouse), effective, LocalDate.parse("2021-10-31"), "decision");

		JsonNode withdrawn = api.get("/api/accreditations/" + spouse).json();
		assertThat(withdrawn.path("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.path("end").asString()).isEqualTo("2021-11-01T00:00:00+01:00");
	}

	@Test
	void aDepartureOfThePrincipalEndsTheHouseholdOnTheSameDay() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String principal = fixtures.member(mission, "2021-01-01");
		String spouse = approve(add(principal, "SPOUSE_OR_PARTNER", "2021-01-01"));

		Api.Response departure = api.post("/api/accreditations/" + principal + "/departure",
				json("departureDate", "2021-09-30"));

		assertThat(departure.status()).as(departure.text()).isEqualTo(200);
		JsonNode ended = api.get("/api/accreditations/" + spouse).json();
		assertThat(ended.path("status").asString()).isEqualTo("ENDED");
		assertThat(ended.path("end").asString()).isEqualTo(departure.json().path("end").asString());
	}

	@Test
	void aHouseholdMemberCanBeDeclaredNotAcceptableAlone() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String principal = fixtures.member(mission, "2021-01-01");
		Api.Response added = add(principal, "SPOUSE_OR_PARTNER", "2021-01-01");
		String spouse = approve(added);

		personaNonGrata.declare(UUID.fromString(added.json().path("personId").asString()),
				OffsetDateTime.parse("2021-10-06T12:00:00+02:00"), LocalDate.parse("2021-10-20"), "conduct");

		assertThat(api.get("/api/accreditations/" + spouse).json().path("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(api.get("/api/accreditations/" + principal).json().path("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void aHouseholdMemberCannotStartBeforeThePrincipal() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String principal = fixtures.member(mission, "2021-03-01");

		Api.Response early = add(principal, "CHILD", "2021-02-01");

		JsonNode problem = assertProblem(early, 422, "/problems/invalid-dates");
		assertThat(errors(problem)).containsKey("arrivalDate");
		assertThat(problem.path("principalStart").asString()).startsWith("2021-03-01");
		assertThat(api.get("/api/missions/" + mission + "/requests").json().size()).isZero();

		String request = add(principal, "CHILD", "2021-03-01").json().path("accreditationId").asString();
		JsonNode approval = assertProblem(api.post("/api/accreditations/" + request + "/approval",
				json("startDate", "2021-02-15")), 422, "/problems/invalid-dates");
		assertThat(errors(approval)).containsKey("startDate");
	}

	@Test
	void aFamilyMemberIsNotifiedOnlyWithAPrincipal() {
		String mission = fixtures.mission("RUS", "2017-01-01");

		JsonNode problem = assertProblem(fixtures.arrival(mission, fixtures.person("RUS"), "FAMILY_MEMBER", "2021-01-01"),
				400, "/problems/invalid-input");

		assertThat(errors(problem)).containsKey("category");
	}

	@Test
	void householdMembersDoNotCountTowardTheCeilingUnlessConfiguredTo() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2020-01-01", 1);
		String principal = fixtures.member(mission, "2021-01-01");

		approve(add(principal, "SPOUSE_OR_PARTNER", "2021-01-01"));
		JsonNode strength = api.get("/api/missions/" + mission + "/strength").json();
		assertThat(strength.path("held").asInt()).isEqualTo(1);
		assertThat(strength.path("notCounted").asInt()).isEqualTo(1);
		assertThat(strength.path("heldByCategory").path("FAMILY_MEMBER").asInt()).isEqualTo(1);
		assertThat(strength.path("countedCategories").toString()).doesNotContain("FAMILY_MEMBER").contains("PRIVATE_SERVANT");
		assertThat(strength.path("overCeiling").asBoolean()).isFalse();

		try {
			assertThat(api.request("PUT", "/api/staff-categories/FAMILY_MEMBER", "application/json",
					json("countsTowardCeiling", true)).status()).isEqualTo(200);
			String child = add(principal, "CHILD", "2021-01-01").json().path("accreditationId").asString();
			assertProblem(api.post("/api/accreditations/" + child + "/approval", "{}"), 422, "/problems/ceiling-exceeded");
			JsonNode counted = api.get("/api/missions/" + mission + "/strength").json();
			assertThat(counted.path("held").asInt()).isEqualTo(2);
			assertThat(counted.path("overCeiling").asBoolean()).isTrue();
		}
		finally {
			api.request("PUT", "/api/staff-categories/FAMILY_MEMBER", "application/json",
					json("countsTowardCeiling", false));
		}
		assertThat(api.get("/api/journal?subject=FAMILY_MEMBER").text()).contains("staff-category.counting-changed");
	}

	@Test
	void aPrivateServantNamesTheirEmployerAndCountsByDefault() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2020-01-01", 1);
		String employer = fixtures.member(mission, "2021-01-01");

		Api.Response servant = api.post("/api/accreditations/" + employer + "/private-servants",
				json("personId", fixtures.person("PHL"), "title", "Cook", "function", "Household", "arrivalDate", "2021-02-01"));

		assertThat(servant.status()).as(servant.text()).isEqualTo(201);
		assertThat(servant.json().path("employerAccreditationId").asString()).isEqualTo(employer);
		assertProblem(api.post("/api/accreditations/" + servant.json().path("accreditationId").asString() + "/approval",
				"{}"), 422, "/problems/ceiling-exceeded");
	}

	@Test
	void childrenPassingTheirAgeLimitWithinNinetyDaysAreListed() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String principal = fixtures.member(mission, "2021-01-01");
		// 21 on 2021-12-01: within 90 days of 2021-10-06.
		String soon = child(principal, "2000-12-01", null);
		// 21 on 2022-03-01: too far.
		String later = child(principal, "2001-03-01", null);
		// 21 on 2021-11-15 but in full-time education until 2023: the limit is 23, in 2023.
		String studying = child(principal, "2000-11-15", "2023-06-30");

		JsonNode list = api.get("/api/households/age-limit").json();

		assertThat(ids(list)).contains(soon).doesNotContain(later, studying);
		for (JsonNode member : list) {
			if (member.path("linkId").asString().equals(soon)) {
				assertThat(member.path("ageLimit").asString()).isEqualTo("2021-12-01");
			}
		}
		Api.Response noLongerStudying = api.request("PUT", "/api/households/links/" + studying, "application/json",
				json("educationUntil", "2021-06-30", "workPermittedFrom", "2021-07-01"));
		assertThat(noLongerStudying.status()).as(noLongerStudying.text()).isEqualTo(200);
		assertThat(noLongerStudying.json().path("workPermittedFrom").asString()).isEqualTo("2021-07-01");
		assertThat(ids(api.get("/api/households/age-limit").json())).contains(studying);
	}

	@Test
	void aLinkEndsOnlyAfterItBegins() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String principal = fixtures.member(mission, "2021-01-01");
		String link = add(principal, "SPOUSE_OR_PARTNER", "2021-01-01").json().path("linkId").asString();

		JsonNode problem = assertProblem(api.request("PUT", "/api/households/links/" + link, "application/json",
				json("linkedUntil", "2010-04-30")), 422, "/problems/invalid-dates");

		assertThat(errors(problem)).containsKey("linkedUntil");
	}

	private static java.util.List<String> ids(JsonNode list) {
		java.util.List<String> ids = new java.util.ArrayList<>();
		list.forEach(member -> ids.add(member.path("linkId").asString()));
		return ids;
	}

	@Test
	void theHouseholdAsOfADayIsThoseLinkedThen() {
		String principal = fixtures.member(fixtures.mission("RUS", "2017-01-01"), "2021-01-01");
		Api.Response spouse = add(principal, "SPOUSE_OR_PARTNER", "2021-01-01");
		approve(spouse);
		String link = spouse.json().path("linkId").asString();
		Api.Response ended = api.request("PUT", "/api/households/links/" + link, "application/json",
				json("linkedUntil", "2021-06-01"));
		assertThat(ended.status()).as(ended.text()).isEqualTo(200);

		assertThat(api.get("/api/accreditations/" + principal + "/household?asOf=2021-05-31").json().findValuesAsString("linkId"))
			.containsExactly(link);
		assertThat(api.get("/api/accreditations/" + principal + "/household?asOf=2021-06-01").json().size()).isZero();
		assertThat(api.get("/api/accreditations/" + principal + "/household?asOf=2010-04-30").json().size()).isZero();
		assertThat(api.get("/api/accreditations/" + principal + "/household").json().size()).isEqualTo(1);
		assertThat(api.get("/api/accreditations/" + principal + "/household?asOf=31/05/2021").status()).isEqualTo(400);
	}

	@Test
	void aRegistryHoldingHouseholdsIsNotExportedWithoutThem() {
		String principal = fixtures.member(fixtures.mission("RUS", "2017-01-01"), "2021-01-01");
		approve(add(principal, "SPOUSE_OR_PARTNER", "2021-01-01"));

		Api.Response export = api.get("/api/transfer/registry");
		assertThat(export.status()).as(export.text()).isEqualTo(409);
		assertThat(export.text()).contains("\"type\":\"/problems/conflict\"", "does not carry yet");
	}

	/** A child born on that day, linked and accredited from the principal's start; the link's id. */
	private String child(String principal, String born, String educationUntil) {
		Api.Response person = api.post("/api/persons", json("nameNative", "Дитя " + UUID.randomUUID(),
				"nameLatin", "Ditya " + UUID.randomUUID(), "birthDate", born, "nationality", "RUS", "sex", "FEMALE"));
		assertThat(person.status()).as(person.text()).isEqualTo(201);
		Api.Response added = api.post("/api/accreditations/" + principal + "/household", json("personId", person.id(),
				"relation", "CHILD", "linkedFrom", born, "arrivalDate", "2021-01-01", "educationUntil", educationUntil));
		assertThat(added.status()).as(added.text()).isEqualTo(201);
		approve(added);
		return added.json().path("linkId").asString();
	}

	private Api.Response add(String principal, String relation, String arrivalDate) {
		return api.post("/api/accreditations/" + principal + "/household", json("personId", fixtures.person("RUS"),
				"relation", relation, "linkedFrom", "2010-05-01", "arrivalDate", arrivalDate));
	}

	/** Approves the member added; their accreditation's id. */
	private String approve(Api.Response added) {
		assertThat(added.status()).as(added.text()).isEqualTo(201);
		String id = added.json().path("accreditationId").asString();
		Api.Response approval = api.post("/api/accreditations/" + id + "/approval", "{}");
		assertThat(approval.status()).as(approval.text()).isEqualTo(200);
		return id;
	}
}
