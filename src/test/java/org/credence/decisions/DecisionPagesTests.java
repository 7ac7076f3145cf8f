package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.web.Pages;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The decision pages without a browser, role by role: who sees which forms, forms that work, and
 * the procedure's refusals said on the page. The clock stands at 2021-10-06 12:00 in Brussels.
 */
@CredenceTest
class DecisionPagesTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	String mission;

	String member;

	String memberName;

	TestAccounts.User officer;

	Pages officerPages;

	@BeforeEach
	void missionWithAMember() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		mission = fixtures.mission("RUS", "2017-01-01");
		member = fixtures.member(mission, "2021-01-01");
		String person = api.get("/api/accreditations/" + member).json().get("personId").asString();
		memberName = api.get("/api/persons/" + person).json().get("nameLatin").asString();
		officer = accounts.user(Role.PROTOCOL_OFFICER);
		officerPages = pages(officer);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void everyDecisionPageHasEveryMessageInItsLanguage(String lang) {
		String council = circulated(draftCouncil());
		String executive = draftExecutive();
		Pages delegate = pages(accounts.user(Role.MEMBER_STATE_DELEGATE, null, "FRA"));
		assertThat(delegate.post("/decisions/" + council + "/answers", Map.of("answer", "CONCUR")).status()).isEqualTo(302);

		for (String path : List.of("/decisions", "/decisions?status=CIRCULATED&authority=COUNCIL", "/decisions?mission=" + mission,
				"/decisions/" + council, "/decisions/" + executive)) {
			assertPage(officerPages, path, lang);
		}
		assertPage(delegate, "/decisions/inbox", lang);
		assertPage(delegate, "/decisions/" + council, lang);
		assertPage(pages(accounts.user(Role.EXECUTIVE)), "/decisions/signing", lang);
		assertThat(officerPages.get("/decisions/" + java.util.UUID.randomUUID() + "?lang=" + lang).status()).isEqualTo(404);
		assertThat(officerPages.get("/decisions/not-an-id?lang=" + lang).status()).isEqualTo(404);
	}

	@Test
	void theWorkspaceNamesTheMissionsPersonsAndDraftsSeveralActsInOneForm() {
		String request = fixtures.request(mission, "2021-10-01");
		String workspace = officerPages.get("/decisions?mission=" + mission + "&lang=en").html();
		assertThat(workspace).contains("id=\"draft\"", memberName, "draft-withdraw-" + member, "requests[" + request + "]");

		Map<String, String> form = draftForm();
		form.put("withdraw[0]", member);
		form.put("departureDeadline", "2021-10-31");
		form.put("requests[" + request + "]", "REFUSE");
		form.put("total", "10");
		form.put("effectiveEndOfMonth", "true");
		Pages.Page drafted = officerPages.post("/decisions", form);
		assertThat(drafted.status()).as(drafted.html()).isEqualTo(302);
		assertThat(drafted.location()).containsPattern("/decisions/[0-9a-f-]{36}$");

		String page = officerPages.get(path(drafted.location()) + "?lang=en").html();
		assertThat(page).containsPattern("Council decision \\d{4}-\\d+ \\(ceiling 10, 1 withdrawal, 1 refusal\\)");
		assertThat(page).contains("The decision is drafted with 3 acts.", "Ceiling of 10, 1 withdrawal and 1 request refused — ",
				"Withdraw the accreditation of " + memberName + " (Counsellor, ", "who must leave by 31 October 2021",
				"Refuse the request of ", "to 10 positions", "1 November 2021, 00:00 Brussels time", "Expelled staff",
				"NATO UNCLASSIFIED", "id=\"circulation\"", "id=\"withdrawal\"").doesNotContain("id=\"signature\"");
	}

	@Test
	void actsDraftedThroughTheApiAboutAPersonOrCategoriesAreSaidInWords() {
		String person = api.get("/api/accreditations/" + member).json().get("personId").asString();
		Api.Response drafted = api.post("/api/decisions", Fixtures.json("grounds", "Conduct", "classification",
				"NATO RESTRICTED", "acts", List.of(
						Map.of("kind", "DECLARE_NOT_ACCEPTABLE", "personId", person, "departureDeadline", "2021-10-31"),
						Map.of("kind", "SET_CEILING", "missionId", mission, "total", 10, "categories",
								Map.of("SERVICE_STAFF", 2)))));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);

		assertThat(officerPages.get("/decisions/" + drafted.id() + "?lang=en").html()).contains(
				"Declare " + memberName + " not acceptable (to leave by 31 October 2021 if holding a position)",
				"to 10 positions (Service staff: 2)");
		assertThat(officerPages.get("/decisions/" + drafted.id() + "?lang=fr").html()).contains(
				"Déclarer " + memberName + " non acceptable");
	}

	@Test
	void aDraftTheFormOrTheServiceRefusesIsShownAgainWithWhy() {
		Pages.Page empty = officerPages.post("/decisions?lang=en", draftForm());
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.html()).contains("role=\"alert\"", "Choose at least one act");

		Map<String, String> noDeadline = draftForm();
		noDeadline.put("withdraw[0]", member);
		Pages.Page refused = officerPages.post("/decisions?lang=en", noDeadline);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html()).contains("href=\"#draft-departureDeadline\"", "id=\"draft-departureDeadline-error\"",
				"is required for a withdrawal", "Expelled staff");

		Map<String, String> twoInstants = draftForm();
		twoInstants.put("total", "5");
		twoInstants.put("effectiveDate", "2021-11-01");
		twoInstants.put("effectiveEndOfMonth", "true");
		assertThat(officerPages.post("/decisions?lang=en", twoInstants).html())
			.contains("id=\"draft-effectiveEndOfMonth\"", "cannot be combined with a date or a time");
	}

	/** No message after a change is checked here: the draft's page was never fetched after drafting, so its message waits. */
	@Test
	void theProposerCirculatesExtendsAndWithdrawsAndTheDeadlineIsShownInTheHostZone() {
		String decision = draftCouncil();
		Pages.Page past = officerPages.post("/decisions/" + decision + "/circulation?lang=en",
				Map.of("deadline", "2021-10-01T12:00"));
		assertThat(past.status()).isEqualTo(200);
		assertThat(past.html()).contains("role=\"alert\"", "id=\"circulation-deadline-error\"", "must be after now");

		circulated(decision);
		String page = officerPages.get("/decisions/" + decision + "?lang=en").html();
		assertThat(page).contains("20 October 2021, 12:00 Brussels time", "0 concurred, 30 silent so far, 0 broke silence, of 30 members asked.",
				"Czechia", "North Macedonia", "No answer yet", "id=\"extension\"").doesNotContain("id=\"circulation\"");

		Pages.Page again = officerPages.post("/decisions/" + decision + "/circulation?lang=en", Map.of("deadline", "2021-10-21T12:00"));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.html()).contains("The decision is not at a step that allows this",
				"Only a draft can be circulated; this decision is circulated.");

		Pages.Page extended = officerPages.post("/decisions/" + decision + "/deadline", Map.of("deadline", "2021-10-22T18:30"));
		assertThat(extended.status()).isEqualTo(302);
		assertThat(officerPages.get("/decisions/" + decision + "?lang=en").html())
			.contains("id=\"decision-deadline\">22 October 2021, 18:30 Brussels time<");

		Pages.Page notProposer = pages(accounts.user(Role.PROTOCOL_OFFICER)).post("/decisions/" + decision + "/withdrawal?lang=en", Map.of());
		assertThat(notProposer.status()).isEqualTo(200);
		assertThat(notProposer.html()).contains("Only the proposer may do this", "may withdraw this decision")
			.doesNotContain("id=\"withdrawal\"");

		assertThat(officerPages.post("/decisions/" + decision + "/withdrawal", Map.of()).status()).isEqualTo(302);
		assertThat(officerPages.get("/decisions/" + decision + "?lang=en").html()).contains("id=\"decision-status\">Withdrawn<", "id=\"revise\"");

		assertThat(officerPages.get("/decisions?replaces=" + decision + "&mission=" + mission + "&lang=en").html())
			.contains("it becomes its next version", "name=\"replaces\" value=\"" + decision + "\"");
		Map<String, String> revised = draftForm();
		revised.put("total", "6");
		revised.put("replaces", decision);
		String next = drafted(officerPages.post("/decisions", revised));
		assertThat(officerPages.get("/decisions/" + next + "?lang=en").html())
			.containsPattern("Council decision \\d{4}-\\d+, version 2 \\(ceiling 6\\)")
			.contains("href=\"/decisions/" + decision + "\">Version 1<");
		assertThat(officerPages.get("/decisions/" + decision + "?lang=en").html())
			.contains("href=\"/decisions/" + next + "\">Version 2<").doesNotContain("id=\"revise\"");
	}

	@Test
	void theMemberStatesAreListedByTheirShownNameInThePagesLanguage() {
		String decision = circulated(draftCouncil());

		String english = answersTable(officerPages.get("/decisions/" + decision + "?lang=en").html());
		String french = answersTable(officerPages.get("/decisions/" + decision + "?lang=fr").html());

		assertThat(english.indexOf(">France<")).isPositive().isLessThan(english.indexOf(">Germany<"));
		assertThat(english.indexOf(">Germany<")).isLessThan(english.indexOf(">Greece<"));
		assertThat(french.indexOf(">Allemagne<")).isPositive().isLessThan(french.indexOf(">Belgique<"));
		assertThat(french.indexOf(">Estonie<")).isPositive().isLessThan(french.indexOf(">États-Unis<"));
		assertThat(french.indexOf(">États-Unis<")).isLessThan(french.indexOf(">France<"));
	}

	private static String answersTable(String html) {
		return html.substring(html.indexOf("id=\"answers-table\""));
	}

	@Test
	void aDelegateAnswersFromTheInboxOnceAndTheRefusalsAreReadable() {
		String decision = circulated(draftCouncil());
		TestAccounts.User french = accounts.user(Role.MEMBER_STATE_DELEGATE, null, "FRA");
		Pages delegate = pages(french);
		String inbox = delegate.get("/decisions/inbox?lang=en").html();
		assertThat(inbox).contains("awaiting-" + decision, "Answer by 20 October 2021, 12:00 Brussels time",
				"Concur for France", "Break silence for France", "to 5 positions");

		Pages.Page noStatement = delegate.post("/decisions/" + decision + "/answers?lang=en", Map.of("answer", "BREAK_SILENCE"));
		assertThat(noStatement.status()).isEqualTo(200);
		assertThat(noStatement.html()).contains("role=\"alert\"", "id=\"break-" + decision + "-statement-error\"",
				"is required to break silence");

		assertThat(delegate.post("/decisions/" + decision + "/answers", Map.of("answer", "CONCUR")).status()).isEqualTo(302);
		String page = delegate.get("/decisions/" + decision + "?lang=en").html();
		assertThat(page).contains("Your state concurs.", "1 concurred, 29 silent so far", "Concurred", french.name(),
				"6 October 2021, 12:00 Brussels time").doesNotContain("id=\"concur-" + decision + "\"");
		assertThat(delegate.get("/decisions/inbox?lang=en").html()).doesNotContain("awaiting-" + decision);

		Pages.Page again = delegate.post("/decisions/" + decision + "/answers?lang=en", Map.of("answer", "CONCUR"));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.html()).contains("Your member state has already answered", "Your member state already answered “concur”");

		Pages austrian = pages(accounts.user(Role.MEMBER_STATE_DELEGATE, null, "AUT"));
		assertThat(austrian.get("/decisions/inbox?lang=en").html()).contains("No decision awaits the answer of Austria.");
		Pages.Page notAMember = austrian.post("/decisions/" + decision + "/answers?lang=en", Map.of("answer", "CONCUR"));
		assertThat(notAMember.html()).contains("The decision was not circulated to your member state");

		clock.advance(Duration.ofDays(15));
		Pages.Page late = pages(accounts.user(Role.MEMBER_STATE_DELEGATE, null, "DEU"))
			.post("/decisions/" + decision + "/answers?lang=en", Map.of("answer", "BREAK_SILENCE", "statement", "Too late"));
		assertThat(late.status()).isEqualTo(200);
		assertThat(late.html()).contains("The deadline of the silence procedure has passed",
				"id=\"decision-status\">Adopted<", "Adopted at 20 October 2021, 12:00 Brussels time");
	}

	@Test
	void theExecutiveSignsFromTheQueueAndOnlyTheExecutiveSeesSignatures() {
		String decision = draftExecutive();
		String council = draftCouncil();
		TestAccounts.User executive = accounts.user(Role.EXECUTIVE);
		Pages pages = pages(executive);
		String queue = pages.get("/decisions/signing?lang=en").html();
		assertThat(queue).contains("sign-" + decision, "Withdraw the accreditation of " + memberName)
			.doesNotContain("sign-" + council);
		assertThat(pages.get("/decisions?lang=en").html()).doesNotContain("id=\"draft\"", "id=\"choose\"");
		assertThat(officerPages.get("/decisions/" + decision + "?lang=en").html()).doesNotContain("id=\"signature\"");

		Pages.Page wrongAuthority = pages.post("/decisions/" + council + "/signature?lang=en", Map.of());
		assertThat(wrongAuthority.html()).contains("The decision is taken by another authority");

		assertThat(pages.post("/decisions/" + decision + "/signature", Map.of()).status()).isEqualTo(302);
		String page = pages.get("/decisions/" + decision + "?lang=en").html();
		assertThat(page).contains("The decision is signed and adopted.", "signed by " + executive.name(), "Adopted at 6 October 2021, 12:00 Brussels time");
		assertThat(pages.get("/decisions/signing?lang=en").html()).doesNotContain("sign-" + decision);
	}

	@Test
	void theNavigationOffersEachRoleItsOwnDecisionPages() {
		assertThat(officerPages.get("/missions").html()).contains("href=\"/decisions\"").doesNotContain("href=\"/decisions/inbox\"",
				"href=\"/decisions/signing\"");
		assertThat(pages(accounts.user(Role.MEMBER_STATE_DELEGATE, null, "FRA")).get("/missions").html())
			.contains("href=\"/decisions\"", "href=\"/decisions/inbox\"").doesNotContain("href=\"/decisions/signing\"");
		assertThat(pages(accounts.user(Role.EXECUTIVE)).get("/missions").html()).contains("href=\"/decisions/signing\"");
		assertThat(pages(accounts.user(Role.MISSION_ADMINISTRATOR, java.util.UUID.fromString(mission), null)).get("/missions").html())
			.doesNotContain("href=\"/decisions\"");
	}

	private Map<String, String> draftForm() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("mission", mission);
		form.put("grounds", "Expelled staff");
		form.put("classification", "NATO UNCLASSIFIED");
		return form;
	}

	private String draftCouncil() {
		Map<String, String> form = draftForm();
		form.put("total", "5");
		return drafted(officerPages.post("/decisions", form));
	}

	private String draftExecutive() {
		Map<String, String> form = draftForm();
		form.put("withdraw[0]", member);
		form.put("departureDeadline", "2021-10-13");
		return drafted(officerPages.post("/decisions", form));
	}

	private String circulated(String decision) {
		Pages.Page page = officerPages.post("/decisions/" + decision + "/circulation", Map.of("deadline", "2021-10-20T12:00"));
		assertThat(page.status()).as(page.html()).isEqualTo(302);
		return decision;
	}

	private static String drafted(Pages.Page page) {
		assertThat(page.status()).as(page.html()).isEqualTo(302);
		return page.location().substring(page.location().lastIndexOf('/') + 1);
	}

	private static String path(String location) {
		return location.replaceFirst("^https?://[^/]+", "");
	}

	private Pages pages(TestAccounts.User user) {
		return Pages.as(api.baseUrl(), user.name(), user.password());
	}

	private static void assertPage(Pages pages, String path, String lang) {
		Pages.Page page = pages.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
		assertThat(page.status()).as(path).isEqualTo(200);
		assertThat(page.html()).as(path).contains("<html lang=\"" + lang + "\">").doesNotContain("??");
	}
}
