package org.credence.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.Api.FilePart;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * Screening through the API on the bundled lists: a name checked by hand across scripts, a person
 * registered under a listed name held at approval until a security officer decides, and the
 * registry's own record recognised under another spelling.
 */
@CredenceTest
class ScreeningTests {

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

	@BeforeEach
	void lists() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		SampleListsLoaded.ensure(api);
	}

	@Test
	void aNameWrittenInCyrillicFindsItsOfacEntryThroughAnAlias() {
		Api officer = api.as(accounts.user(Role.SECURITY_OFFICER).token());

		JsonNode answer = ok(officer.post("/api/screening/checks", json("name", "Руслан Боширов", "birthDate", "1978")));

		JsonNode best = answer.path("hits").get(0);
		assertThat(best.path("list").asString()).isEqualTo("ofac-sdn");
		assertThat(best.path("entry").asString()).isEqualTo("26171");
		assertThat(best.path("name").asString()).isEqualTo("CHEPIGA, Anatoliy Vladimirovich");
		assertThat(best.path("matchedName").asString()).isEqualTo("BOSHIROV, Ruslan");
		assertThat(best.path("score").asDouble()).isGreaterThanOrEqualTo(answer.path("threshold").asDouble());
		assertThat(best.path("reasons")).isNotEmpty();
		assertThat(jdbc.sql("select count(*) from journal_entry where action = 'screening.name-checked' and subject_id = ?")
			.param(answer.path("check").asString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aLowerMinimumScoreShowsWeakerHitsAndOnlyScreenersMayCheck() {
		Api officer = api.as(accounts.user(Role.SECURITY_OFFICER).token());
		String body = json("name", "Yevgeny Prigozhin");

		JsonNode atThreshold = ok(officer.post("/api/screening/checks", body));
		JsonNode lowered = ok(officer.post("/api/screening/checks?minScore=0.3", body));

		assertThat(atThreshold.path("hits").get(0).path("entry").asString()).isEqualTo("21171");
		assertThat(lowered.path("hits").size()).isGreaterThan(atThreshold.path("hits").size());
		assertThat(scores(lowered)).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertProblem(api.as(accounts.user(Role.PROTOCOL_OFFICER).token()).post("/api/screening/checks", body), 403,
				"/problems/forbidden");
		assertThat(assertInvalid(officer.post("/api/screening/checks", json("name", " ", "birthDate", "79"))))
			.containsOnlyKeys("name", "birthDate");
		assertThat(assertInvalid(officer.post("/api/screening/checks", json("name", "Ivanov", "birthDate", "1979-02-30"))))
			.containsEntry("birthDate", "'1979-02-30' is not a date in the calendar");
		assertThat(assertInvalid(officer.post("/api/screening/checks?minScore=2", body))).containsOnlyKeys("minScore");
	}

	@Test
	void anOpenHitHoldsTheApprovalUntilASecurityOfficerClearsIt() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String person = person("Анатолий Чепига", "Anatoliy Chepiga", "1979-04-05");
		String request = arrival(mission, person);
		JsonNode hit = openHitOf(person);

		assertThat(hit.path("list").asString()).isEqualTo("ofac-sdn");
		assertThat(hit.path("entry").asString()).isEqualTo("26171");
		assertThat(api.get("/api/persons/" + person + "/screening").json().path("state").asString()).isEqualTo("PENDING");
		assertProblem(approve(request), 422, "/problems/screening-pending");

		Api officer = api.as(accounts.user(Role.SECURITY_OFFICER).token());
		JsonNode cleared = ok(officer.post("/api/screening/hits/" + hit.path("id").asString() + "/clearance",
				json("reason", "Passport seen: born 1988 in Kazan, another man.")));

		assertThat(cleared.path("state").asString()).isEqualTo("CLEARED");
		assertThat(cleared.path("decidedBy").asString()).isNotBlank();
		assertProblem(officer.post("/api/screening/hits/" + hit.path("id").asString() + "/confirmation",
				json("reason", "Second thoughts")), 409, "/problems/screening-hit-decided");
		assertThat(api.get("/api/persons/" + person + "/screening").json().path("state").asString()).isEqualTo("CLEAR");
		assertThat(approve(request).status()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from journal_entry where action = 'screening.hit-cleared' and subject_id = ?")
			.param(person).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aConfirmedHitRefusesTheApprovalAndAClearedOneDoesNotComeBack() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String person = person("Евгений Пригожин", "Evgueni Prigojine", "1961-06-01");
		Api officer = api.as(accounts.user(Role.SECURITY_OFFICER).token());
		String request = arrival(mission, person);
		JsonNode hit = openHitOf(person);

		assertThat(hit.path("entry").asString()).isEqualTo("21171");
		ok(officer.post("/api/screening/hits/" + hit.path("id").asString() + "/confirmation",
				json("reason", "Same date of birth, photograph matches.")));

		assertProblem(approve(request), 422, "/problems/screening-match-confirmed");
		assertThat(api.get("/api/persons/" + person + "/screening").json().path("state").asString()).isEqualTo("CONFIRMED");
		assertAccessDenied(api.as(accounts.user(Role.PROTOCOL_OFFICER).token()).get("/api/screening/hits"));
	}

	@Test
	void someoneWithdrawnComesBackUnderAnotherTransliterationAndIsRecognised() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String first = person("Сергей Иванович Кузнецов", "Sergey Ivanovich Kuznetsov", "1970-03-12");
		String refused = arrival(mission, first);
		assertThat(api.post("/api/accreditations/" + refused + "/refusal", json("reason", "Known intelligence officer"))
			.status()).isEqualTo(200);

		String again = person("Serguei Kouznetsov", "Serguei Kouznetsov", "1970-03-12");
		arrival(mission, again);
		JsonNode hit = openHitOf(again);

		assertThat(hit.path("list").asString()).isEqualTo("registry");
		assertThat(hit.path("entry").asString()).isEqualTo(first);
	}

	@Test
	void aPersonNamedInAnIncidentIsRecognisedWhenAskedForUnderAnotherRecord() {
		String named = person("Виктор Павлович Громыхалов", "Viktor Pavlovich Gromykhalov", "1968-07-21");
		Api.Response incident = api.post("/api/incidents", json("kind", "PERSONA_NON_GRATA", "title",
				"Declared persona non grata", "acting", "EST", "affected", "RUS", "occurredOn", "2021-05-10", "classification",
				"NATO UNCLASSIFIED", "counts", java.util.Map.of("DIPLOMATIC_AGENT", 1), "persons", List.of(named)));
		assertThat(incident.status()).as(incident.text()).isEqualTo(201);

		String mission = fixtures.mission("RUS", "2017-01-01");
		String again = person("Victor Gromykhalov", "Victor Gromykhalov", "1968-07-21");
		arrival(mission, again);

		JsonNode hit = openHitOf(again);
		assertThat(hit.path("list").asString()).isEqualTo("registry");
		assertThat(hit.path("entry").asString()).isEqualTo(named);
		JsonNode registryList = StreamSupport.stream(api.get("/api/screening/lists").json().spliterator(), false)
			.filter(list -> "registry".equals(list.path("id").asString())).findFirst().orElseThrow();
		assertThat(registryList.path("persons").asInt()).isPositive();
	}

	@Test
	void anotherNameGivenLaterIsScreenedAtOnce() {
		String person = person("Иван Петров", "Ivan Petrov", null);
		assertThat(api.get("/api/persons/" + person + "/screening").json().path("state").asString()).isEqualTo("CLEAR");

		JsonNode renamed = ok(api.request("PUT", "/api/persons/" + person + "/other-names", "application/json",
				json("otherNames", List.of("Ruslan Boshirov"))));

		assertThat(renamed.path("otherNames").get(0).asString()).isEqualTo("Ruslan Boshirov");
		assertThat(openHitOf(person).path("matchedName").asString()).isEqualTo("BOSHIROV, Ruslan");
		assertThat(jdbc.sql("select occasion from screening_check where person_id = cast(? as uuid) order by occasion")
			.param(person).query(String.class).list()).containsExactly("NAMES_CHANGED", "REGISTERED");
	}

	@Test
	void aNewListVersionIsScreenedAgainstThePersonsAlreadyAskedFor() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String person = person("Дмитрий Олегович Коваленков", "Dmitriy Olegovich Kovalenkov", "1965-03-02");
		arrival(mission, person);
		assertThat(api.get("/api/persons/" + person + "/screening").json().path("state").asString()).isEqualTo("CLEAR");

		byte[] sdn = SampleListsLoaded.bundled("ofac-sdn/sdn.csv");
		byte[] added = ("\r\n99999001,\"KOVALENKOV, Dmitri Olegovich\",\"individual\",\"RUSSIA-EO14024\",-0- ,-0- ,-0- ,-0- ,"
				+ "-0- ,-0- ,-0- ,\"DOB 02 Mar 1965; nationality Russia; Gender Male.\"\r\n").getBytes(StandardCharsets.UTF_8);
		Api.Response imported = api.upload("/api/screening/lists/ofac-sdn/versions",
				new FilePart("sdn", "sdn.csv", concat(sdn, added)),
				new FilePart("alt", "alt.csv", SampleListsLoaded.bundled("ofac-sdn/alt.csv")),
				new FilePart("add", "add.csv", SampleListsLoaded.bundled("ofac-sdn/add.csv")));
		assertThat(imported.status()).as(imported.text()).isEqualTo(201);

		JsonNode hit = openHitOf(person);
		assertThat(hit.path("entry").asString()).isEqualTo("99999001");
		assertThat(jdbc.sql("select count(*) from screening_check where person_id = cast(? as uuid) and occasion = 'LIST_VERSION'")
			.param(person).query(Long.class).single()).isEqualTo(1);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private String person(String nameNative, String nameLatin, String birthDate) {
		Api.Response registered = api.post("/api/persons", json("nameNative", nameNative, "nameLatin", nameLatin,
				"birthDate", birthDate, "nationality", "RUS", "sex", "MALE"));
		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		return registered.id();
	}

	private String arrival(String mission, String person) {
		Api.Response notified = fixtures.arrival(mission, person, "DIPLOMATIC_AGENT", "2021-10-01");
		assertThat(notified.status()).as(notified.text()).isEqualTo(201);
		return notified.id();
	}

	private Api.Response approve(String request) {
		return api.post("/api/accreditations/" + request + "/approval", "{}");
	}

	private JsonNode openHitOf(String person) {
		JsonNode queue = ok(api.as(accounts.user(Role.SECURITY_OFFICER).token()).get("/api/screening/hits?limit=1000"));
		return StreamSupport.stream(queue.spliterator(), false)
			.filter(hit -> person.equals(hit.path("personId").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no open hit for " + person + " in " + queue));
	}

	private static void assertAccessDenied(Api.Response response) {
		assertProblem(response, 403, "/problems/forbidden");
	}

	private static List<Double> scores(JsonNode answer) {
		return StreamSupport.stream(answer.path("hits").spliterator(), false).map(hit -> hit.path("score").asDouble()).toList();
	}

	private static JsonNode ok(Api.Response response) {
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json();
	}
}
