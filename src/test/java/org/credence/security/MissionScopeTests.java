package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** A mission administrator works for one mission and sees nothing else: any other record answers 404. */
@CredenceTest
class MissionScopeTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	String own;

	String other;

	String otherRequest;

	Api missionAdministrator;

	@BeforeEach
	void twoMissions() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		own = fixtures.mission("RUS", "2017-01-01");
		other = fixtures.mission("RUS", "2017-01-01");
		otherRequest = fixtures.request(other, "2021-09-01");
		missionAdministrator = api.as(accounts.user(Role.MISSION_ADMINISTRATOR, UUID.fromString(own), null).token());
	}

	@Test
	void anotherMissionAndWhatBelongsToItAnswerNotFound() {
		String otherPerson = api.get("/api/accreditations/" + otherRequest).json().get("personId").asString();
		for (String path : List.of("/api/missions/" + other, "/api/missions/" + other + "/members",
				"/api/missions/" + other + "/strength", "/api/missions/" + other + "/requests",
				"/api/missions/" + other + "/history", "/api/missions/" + other + "/ceilings",
				"/api/missions/" + other + "/status", "/api/accreditations/" + otherRequest, "/api/persons/" + otherPerson,
				"/api/persons/" + otherPerson + "/history")) {
			Api.Response hidden = missionAdministrator.get(path);
			Api.Response absent = api.get(path.replace(path.split("/")[3], UUID.randomUUID().toString()));
			assertProblem(hidden, 404, "/problems/not-found");
			assertThat(hidden.json().get("title")).as(path).isEqualTo(absent.json().get("title"));
		}
		assertProblem(missionAdministrator.post("/api/accreditations/" + otherRequest + "/departure",
				Fixtures.json("departureDate", "2021-10-01")), 404, "/problems/not-found");
	}

	@Test
	void listsShowOnlyTheOwnMissionAndItsPeople() {
		String member = fixtures.member(own, "2021-01-10");
		String memberPerson = api.get("/api/accreditations/" + member).json().get("personId").asString();

		assertThat(missionAdministrator.get("/api/missions").json().valueStream().map(m -> m.get("id").asString()))
			.containsExactly(own);
		assertThat(missionAdministrator.get("/api/persons").json().valueStream().map(p -> p.get("id").asString()))
			.containsExactly(memberPerson);
		assertThat(missionAdministrator.get("/api/missions/" + own + "/members").json().size()).isEqualTo(1);
	}

	@Test
	void theyRegisterAPersonAndNotifyTheArrivalAtTheirOwnMissionOnly() {
		String person = missionAdministrator.post("/api/persons", Fixtures.json("nameNative", "Новиков", "nameLatin",
				"Novikov", "nationality", "RUS", "sex", "MALE")).id();
		assertThat(missionAdministrator.get("/api/persons/" + person).status()).isEqualTo(200);

		assertProblem(fixturesAs(missionAdministrator).arrival(other, person, "DIPLOMATIC_AGENT", "2021-10-01"), 404,
				"/problems/not-found");
		Api.Response arrival = fixturesAs(missionAdministrator).arrival(own, person, "DIPLOMATIC_AGENT", "2021-10-01");
		assertThat(arrival.status()).as(arrival.text()).isEqualTo(201);
		assertProblem(missionAdministrator.post("/api/accreditations/" + arrival.id() + "/approval", "{}"), 403,
				"/problems/forbidden");
	}

	@Test
	void aPersonOfAnotherMissionCannotBeNotifiedToTheirOwn() {
		String otherPerson = api.get("/api/accreditations/" + otherRequest).json().get("personId").asString();

		assertProblem(fixturesAs(missionAdministrator).arrival(own, otherPerson, "DIPLOMATIC_AGENT", "2021-10-01"), 404,
				"/problems/not-found");
	}

	private Fixtures fixturesAs(Api caller) {
		return fixtures.as(caller);
	}
}
