package org.credence.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The diplomatic list as JSON, read by anyone: who is listed at the end of one day and of a later
 * one, in which order, in the documented shape, and nothing it does not publish.
 */
@CredenceTest
class DiplomaticListTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void now() {
		clock.set(Instant.parse("2021-11-10T10:00:00Z"));
	}

	@Test
	void aMemberIsListedFromTheDayOfArrivalUntilTheDayBeforeDeparture() {
		String mission = fixtures.mission("AUT", "2021-01-01");
		String departing = fixtures.member(mission, "2021-03-01");
		String arriving = fixtures.member(mission, "2021-06-01");
		depart(departing, "2021-05-15");

		assertThat(memberNames(mission, "2021-04-01")).containsExactly(nameOf(departing));
		assertThat(memberNames(mission, "2021-05-14")).containsExactly(nameOf(departing));
		assertThat(memberNames(mission, "2021-05-15")).isEmpty();
		assertThat(memberNames(mission, "2021-06-01")).containsExactly(nameOf(arriving));
		assertThat(memberNames(mission, "2021-07-01")).containsExactly(nameOf(arriving));
		assertThat(listed(mission, "2021-07-01").path("strength").asInt()).isEqualTo(1);
	}

	@Test
	void onlyThePublishedCategoriesAreListed() {
		String mission = fixtures.mission("AUT", "2021-01-01");
		String agent = fixtures.member(mission, "2021-02-01");
		Api.Response clerk = fixtures.arrival(mission, fixtures.person("AUT"), "ADMINISTRATIVE_TECHNICAL", "2021-02-01");
		assertThat(api.post("/api/accreditations/" + clerk.id() + "/approval", "{}").status()).isEqualTo(200);

		JsonNode listed = listed(mission, "2021-03-01");

		assertThat(names(listed)).containsExactly(nameOf(agent));
		assertThat(listed.path("members").get(0).path("category").asString()).isEqualTo("DIPLOMATIC_AGENT");
		assertThat(listed.path("strength").asInt()).isEqualTo(1);
	}

	@Test
	void aSuspendedMissionShowsItsStatusOnly() {
		String mission = fixtures.mission("AUT", "2021-01-01");
		fixtures.member(mission, "2021-02-01");
		putContact(mission, json("address", "Rue 1\n1000 Bruxelles", "telephone", "+32 2 555 01 99"));
		assertThat(api.post("/api/missions/" + mission + "/status",
				json("status", "SUSPENDED", "effectiveOn", "2021-06-10")).status()).isEqualTo(201);

		JsonNode before = listed(mission, "2021-06-09");
		JsonNode after = listed(mission, "2021-06-10");

		assertThat(before.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(before.path("members").size()).isEqualTo(1);
		assertThat(before.path("address").asString()).isEqualTo("Rue 1\n1000 Bruxelles");
		assertThat(after.path("status").asString()).isEqualTo("SUSPENDED");
		assertThat(after.path("members").size()).isZero();
		assertThat(after.path("address").isNull()).isTrue();
		assertThat(after.path("telephone").isNull()).isTrue();
	}

	@Test
	void missionsFollowTheSendingStatesNamesInTheReadersLanguage() {
		String germany = fixtures.mission("DEU", "2021-01-01");
		String austria = fixtures.mission("AUT", "2021-01-01");

		List<String> english = missionIds(api.anonymous().get("/public/diplomatic-list.json?date=2021-03-01&lang=en").json());
		List<String> french = missionIds(api.anonymous().get("/public/diplomatic-list.json?date=2021-03-01&lang=fr").json());

		// Austria before Germany; Allemagne before Autriche.
		assertThat(english.indexOf(austria)).isLessThan(english.indexOf(germany));
		assertThat(french.indexOf(germany)).isLessThan(french.indexOf(austria));
	}

	@Test
	void theDocumentHasExactlyTheDocumentedShapeAndNoBirthData() {
		String mission = fixtures.mission("AUT", "2021-01-01");
		String member = fixtures.member(mission, "2021-02-01");
		String person = api.get("/api/accreditations/" + member).json().path("personId").asString();
		String birthDate = api.get("/api/persons/" + person).json().path("birthDate").asString();

		Api.Response response = api.anonymous().get("/public/diplomatic-list.json?date=2021-03-01");

		assertThat(response.status()).isEqualTo(200);
		JsonNode list = response.json();
		assertThat(fields(list)).containsExactly("date", "missions");
		assertThat(list.path("date").asString()).isEqualTo("2021-03-01");
		JsonNode listed = find(list, mission);
		assertThat(fields(listed)).containsExactly("sendingState", "sendingStateName", "name", "kind", "status", "address",
				"telephone", "email", "webAddress", "headTookUpFunctionsOn", "strength", "members");
		assertThat(listed.path("sendingState").asString()).isEqualTo("AUT");
		JsonNode first = listed.path("members").get(0);
		assertThat(fields(first)).containsExactly("name", "category", "title", "function", "arrivedOn", "spouse");
		assertThat(first.path("spouse").isNull()).as("no spouse in the household").isTrue();
		assertThat(first.path("title").asString()).isEqualTo("Counsellor");
		assertThat(first.path("function").asString()).isEqualTo("Liaison");
		assertThat(first.path("arrivedOn").asString()).isEqualTo("2021-02-01");
		assertThat(birthDate).isNotBlank();
		assertThat(response.text()).doesNotContain(birthDate).doesNotContainIgnoringCase("birth").doesNotContain(person);
	}

	@Test
	void aDayBeforeAnyRecordListsNothingAndADayThatCannotBeReadIsAProblemNamingIt() {
		JsonNode early = api.anonymous().get("/public/diplomatic-list.json?date=1900-01-01").json();
		assertThat(early.path("missions").size()).isZero();

		JsonNode problem = assertProblem(api.anonymous().get("/public/diplomatic-list.json?date=2021-02-30"), 400,
				"/problems/invalid-input");
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("date");
		assertThat(problem.path("errors").get(0).path("problem").asString()).contains("2021-02-30");
		assertProblem(api.anonymous().get("/public/diplomatic-list.csv?date=yesterday"), 400, "/problems/invalid-input");
	}

	@Test
	void withoutADateTheListIsOfTodayInTheReceivingPartysZone() {
		// 23:30 UTC is already the next day in Brussels.
		clock.set(Instant.parse("2021-11-10T23:30:00Z"));

		assertThat(api.anonymous().get("/public/diplomatic-list.json").json().path("date").asString()).isEqualTo("2021-11-11");
	}

	@Test
	void keepersRecordTheContactThatTheListShowsAndMalformedOnesAreRefused() {
		String mission = fixtures.mission("AUT", "2021-01-01");

		Api.Response saved = putContact(mission, json("address", "Boulevard Léopold III\n1110 Brussels", "telephone",
				"+32 2 555 01 23", "email", "protocol@aut-mission.example", "webAddress", "https://aut-mission.example",
				"headTookUpFunctionsOn", "2021-01-05"));

		assertThat(saved.status()).as(saved.text()).isEqualTo(200);
		JsonNode listed = listed(mission, "2021-03-01");
		assertThat(listed.path("email").asString()).isEqualTo("protocol@aut-mission.example");
		assertThat(listed.path("webAddress").asString()).isEqualTo("https://aut-mission.example");
		assertThat(listed.path("headTookUpFunctionsOn").asString()).isEqualTo("2021-01-05");
		JsonNode problem = assertProblem(putContact(mission, json("email", "protocol at example", "webAddress",
				"ftp://example.org")), 400, "/problems/invalid-input");
		assertThat(StreamSupport.stream(problem.path("errors").spliterator(), false).map(e -> e.path("field").asString()))
			.containsExactlyInAnyOrder("email", "webAddress");
		assertThat(api.get("/api/missions/" + mission + "/contact").json().path("email").asString())
			.isEqualTo("protocol@aut-mission.example");
	}

	private Api.Response putContact(String mission, String body) {
		return api.request("PUT", "/api/missions/" + mission + "/contact", "application/json", body);
	}

	private void depart(String accreditation, String day) {
		Api.Response response = api.post("/api/accreditations/" + accreditation + "/departure", json("departureDate", day));
		assertThat(response.status()).as(response.text()).isEqualTo(200);
	}

	private String nameOf(String accreditation) {
		String person = api.get("/api/accreditations/" + accreditation).json().path("personId").asString();
		return api.get("/api/persons/" + person).json().path("nameLatin").asString();
	}

	private JsonNode listed(String mission, String day) {
		return find(api.anonymous().get("/public/diplomatic-list.json?date=" + day).json(), mission);
	}

	private List<String> memberNames(String mission, String day) {
		return names(listed(mission, day));
	}

	private static List<String> names(JsonNode mission) {
		return StreamSupport.stream(mission.path("members").spliterator(), false).map(m -> m.path("name").asString()).toList();
	}

	/** The listing shows no id: missions are found by their name, unique to each fixture. */
	private JsonNode find(JsonNode list, String mission) {
		String name = api.get("/api/missions/" + mission).json().path("name").asString();
		return StreamSupport.stream(list.path("missions").spliterator(), false)
			.filter(m -> m.path("name").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " is not listed"));
	}

	private List<String> missionIds(JsonNode list) {
		Map<String, String> ids = new HashMap<>();
		api.get("/api/missions").json().forEach(m -> ids.put(m.path("name").asString(), m.path("id").asString()));
		return StreamSupport.stream(list.path("missions").spliterator(), false)
			.map(m -> ids.getOrDefault(m.path("name").asString(), ""))
			.toList();
	}

	private static List<String> fields(JsonNode node) {
		return List.copyOf(node.propertyNames());
	}
}
