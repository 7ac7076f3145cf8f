package org.credence.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.decisions.Proceedings;
import org.credence.registry.web.Pages;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * Each role's start page over HTTP, as a browser asks for it: the counts of its work, each linked to
 * its list, and a count that changes when the work is done. The clock stands in 2040, after every
 * deadline other tests set, so that only this test's council decisions are still open to answers.
 */
@CredenceTest
class StartPageTests {

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

	@BeforeEach
	void january2040() {
		clock.set(Instant.parse("2040-01-10T09:00:00Z"));
	}

	@Test
	void aDelegateSeesWhatAwaitsTheirAnswerAndTheCountFallsWhenTheyAnswer() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		TestAccounts.User delegate = accounts.user(Role.MEMBER_STATE_DELEGATE, null, "BEL");
		Pages pages = Pages.as(api.baseUrl(), delegate.name(), delegate.password());
		Pages.Page none = pages.get("/?lang=en");
		assertThat(text(none, "work-to-answer")).isEqualTo("No decision awaits your answer");
		assertThat(text(none, "nav-inbox")).isEqualTo("Inbox");

		String first = circulatedCeiling(mission, 10);
		String second = circulatedCeiling(mission, 9);
		Pages.Page two = pages.get("/?lang=fr");
		assertThat(text(two, "work-to-answer")).isEqualTo("2 décisions attendent votre réponse");
		assertThat(two.html()).contains("href=\"/decisions/inbox\"");
		assertThat(text(two, "nav-inbox")).isEqualTo("À répondre (2)");

		Api answering = api.as(delegate.token());
		assertThat(answering.post("/api/decisions/" + first + "/answers", "{\"answer\": \"CONCUR\"}").status()).isEqualTo(200);
		Pages.Page one = pages.get("/missions?lang=en");
		assertThat(text(one, "nav-inbox")).isEqualTo("Inbox (1)");
		assertThat(text(pages.get("/?lang=en"), "work-to-answer")).isEqualTo("1 decision awaits your answer");
		assertThat(answering.post("/api/decisions/" + second + "/answers", "{\"answer\": \"CONCUR\"}").status()).isEqualTo(200);
		assertThat(text(pages.get("/?lang=en"), "work-to-answer")).isEqualTo("No decision awaits your answer");
	}

	@Test
	void aProtocolOfficerSeesPendingRequestsByMissionAndDecisionsToCirculateOrAwaitingAdoption() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String name = api.get("/api/missions/" + mission).json().path("name").asString();
		String request = fixtures.request(mission, "2039-12-01");
		fixtures.request(mission, "2039-12-02");
		Pages pages = pages(Role.PROTOCOL_OFFICER);

		Pages.Page before = pages.get("/?lang=en");
		assertThat(before.html()).contains("href=\"/missions/" + mission + "#requests-heading\">" + name + ": 2 pending requests<");
		int circulating = number(text(before, "work-awaiting-outcome"));
		int toCirculate = number(text(before, "work-to-circulate"));
		assertThat(before.html()).contains("href=\"/decisions?status=DRAFT&amp;authority=COUNCIL\"");

		String drafted = api.post("/api/decisions", json("grounds", "Reciprocity", "classification", "NATO RESTRICTED",
				"effectiveDate", "2040-03-01", "acts", List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 3))))
			.id();
		assertThat(number(text(pages.get("/?lang=en"), "work-to-circulate"))).isEqualTo(toCirculate + 1);
		api.post("/api/decisions/" + drafted + "/circulation", json("deadline", "2040-02-20T12:00"));
		api.post("/api/accreditations/" + request + "/refusal", json("reason", "Not acceptable"));

		Pages.Page after = pages.get("/?lang=fr");
		assertThat(after.html()).contains(name + "\u00a0: 1 demande en attente<");
		assertThat(number(text(after, "work-to-circulate"))).isEqualTo(toCirculate);
		assertThat(number(text(after, "work-awaiting-outcome"))).isEqualTo(circulating + 1);
		assertThat(after.html()).contains("href=\"/decisions?status=CIRCULATED\"", "href=\"/departures/overdue\"");
		api.post("/api/decisions/" + drafted + "/withdrawal", "");
		assertThat(number(text(pages.get("/?lang=en"), "work-awaiting-outcome"))).isEqualTo(circulating);
	}

	@Test
	void anExecutiveSignsAWithdrawalAndTheMissionSeesTheDepartureOverdueUntilItIsConfirmed() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String other = fixtures.mission("RUS", "2017-01-01");
		String member = fixtures.member(mission, "2039-06-01");
		fixtures.request(mission, "2039-12-01");
		fixtures.request(other, "2039-12-01");
		Pages executive = pages(Role.EXECUTIVE);
		int before = number(text(executive.get("/?lang=en"), "work-to-sign"));

		String withdrawal = api.post("/api/decisions", json("grounds", "Conduct", "classification", "NATO UNCLASSIFIED",
				"acts", List.of(Map.of("kind", "WITHDRAW", "accreditationId", member, "departureDeadline", "2040-01-12"))))
			.id();
		Pages.Page waiting = executive.get("/?lang=en");
		assertThat(number(text(waiting, "work-to-sign"))).isEqualTo(before + 1);
		assertThat(text(waiting, "nav-signing")).isEqualTo("To sign (" + (before + 1) + ")");
		assertThat(waiting.html()).contains("href=\"/decisions/signing\"");
		TestAccounts.User signer = accounts.user(Role.EXECUTIVE);
		assertThat(api.as(signer.token()).post("/api/decisions/" + withdrawal + "/signature", "").status()).isEqualTo(200);
		assertThat(number(text(executive.get("/?lang=en"), "work-to-sign"))).isEqualTo(before);
		proceedings.applyDue();

		clock.set(Instant.parse("2040-01-15T09:00:00Z"));
		TestAccounts.User attache = accounts.user(Role.MISSION_ADMINISTRATOR, UUID.fromString(mission), null);
		Pages own = Pages.as(api.baseUrl(), attache.name(), attache.password());
		Pages.Page late = own.get("/?lang=en");
		assertThat(text(late, "work-overdue")).isEqualTo("1 departure is overdue");
		assertThat(text(late, "work-mission-" + mission)).endsWith(": 1 pending request");
		assertThat(late.html()).doesNotContain("work-mission-" + other);
		assertThat(api.as(attache.token()).post("/api/accreditations/" + member + "/departure-confirmation",
				json("departedOn", "2040-01-13")).status()).isEqualTo(200);
		assertThat(text(own.get("/?lang=fr"), "work-overdue")).isEqualTo("Aucun départ n’est en retard");
	}

	@Test
	void aSecurityOfficerSeesTheOpenHitsAndTheCountFallsWhenOneIsCleared() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String refused = person("Аристарх Ромуальдович Лютиков", "Aristarkh Romualdovich Lyutikov");
		String request = fixtures.arrival(mission, refused, "DIPLOMATIC_AGENT", "2039-12-01").id();
		api.post("/api/accreditations/" + request + "/refusal", json("reason", "Known intelligence officer"));
		TestAccounts.User officer = accounts.user(Role.SECURITY_OFFICER);
		Pages pages = Pages.as(api.baseUrl(), officer.name(), officer.password());
		int before = number(text(pages.get("/?lang=en"), "work-open-hits"));

		String again = person("Aristarkh Lioutikov", "Aristarkh Lioutikov");
		fixtures.arrival(mission, again, "DIPLOMATIC_AGENT", "2039-12-02");
		List<String> hits = StreamSupport.stream(api.as(officer.token()).get("/api/screening/hits?limit=1000").json()
			.spliterator(), false)
			.filter(hit -> again.equals(hit.path("personId").asString()))
			.map(hit -> hit.path("id").asString())
			.toList();
		assertThat(hits).isNotEmpty();
		Pages.Page open = pages.get("/?lang=en");
		assertThat(number(text(open, "work-open-hits"))).isEqualTo(before + hits.size());
		assertThat(text(open, "nav-screening")).isEqualTo("Screening (" + (before + hits.size()) + ")");

		hits.forEach(hit -> api.as(officer.token()).post("/api/screening/hits/" + hit + "/clearance",
				json("reason", "Passport seen: another man.")));
		assertThat(number(text(pages.get("/?lang=en"), "work-open-hits"))).isEqualTo(before);
	}

	@Test
	void anAuditorSeesWhetherTheJournalVerifiesAndAnAdministratorTheUsers() {
		Pages.Page auditor = pages(Role.AUDITOR).get("/?lang=en");
		JsonNode state = api.get("/api/journal/verification").json();
		long verified = state.path("verified").asLong();
		long pending = state.path("pending").asLong();
		assertThat(text(auditor, "work-journal")).startsWith("The journal verifies: ")
			.contains(verified == 0 ? "no entry sealed yet" : String.format(Locale.ENGLISH, "%,d sealed entr", verified))
			.contains(pending == 0 ? "none waiting" : String.format(Locale.ENGLISH, "%,d waiting to be sealed", pending))
			.containsPattern("Last checkpoint published .+\\.|No checkpoint published yet\\.");

		Pages admin = new Pages(api.baseUrl());
		int users = number(text(admin.get("/?lang=en"), "work-users"));
		accounts.user(Role.AUDITOR);
		assertThat(text(admin.get("/?lang=en"), "work-users")).isEqualTo((users + 1) + " users");
		assertThat(admin.get("/?lang=en").html()).contains("href=\"/admin/users\"");
	}

	@Test
	void loginLandsOnTheStartPageUnlessAnotherPageWasAskedFor() {
		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		Pages direct = Pages.anonymous(api.baseUrl());
		assertThat(direct.logIn(officer.name(), officer.password()).location()).isIn(api.baseUrl() + "/", "/");
		assertThat(text(direct.get("/?lang=en"), "main")).contains("Your work");

		Pages deep = Pages.anonymous(api.baseUrl());
		assertThat(deep.get("/departures/overdue").location()).endsWith("/login");
		assertThat(deep.logIn(officer.name(), officer.password()).location()).contains("/departures/overdue");
	}

	private Pages pages(Role role) {
		TestAccounts.User user = accounts.user(role);
		return Pages.as(api.baseUrl(), user.name(), user.password());
	}

	private String circulatedCeiling(String mission, int total) {
		String drafted = api.post("/api/decisions", json("grounds", "Reciprocity", "classification", "NATO RESTRICTED",
				"effectiveDate", "2040-03-01", "acts", List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", total))))
			.id();
		Api.Response circulated = api.post("/api/decisions/" + drafted + "/circulation", json("deadline", "2040-02-20T12:00"));
		assertThat(circulated.status()).as(circulated.text()).isEqualTo(200);
		return drafted;
	}

	private String person(String nameNative, String nameLatin) {
		Api.Response registered = api.post("/api/persons", json("nameNative", nameNative, "nameLatin", nameLatin,
				"birthDate", "1931-05-17", "nationality", "RUS", "sex", "MALE"));
		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		return registered.id();
	}

	/** The text of the element of that id, its tags left out and its spaces joined. */
	private static String text(Pages.Page page, String id) {
		Matcher element = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
			.matcher(page.html());
		assertThat(element.find()).as("element #" + id + " in " + page.html()).isTrue();
		return element.group(2).replaceAll("<[^>]+>", " ").replace("&#39;", "'").replaceAll("\\s+", " ").strip();
	}

	/** The count a sentence starts with, none ("No …", "Aucun …") being 0. */
	private static int number(String sentence) {
		Matcher digits = Pattern.compile("^(\\d[\\d,]*)").matcher(sentence);
		return digits.find() ? Integer.parseInt(digits.group(1).replace(",", "")) : 0;
	}
}
