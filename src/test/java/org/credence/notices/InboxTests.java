package org.credence.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.host.Host;
import org.credence.registry.web.Pages;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** Each user reads and marks their own notices only, through the API and the page. */
@CredenceTest
class InboxTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Host host;

	@Autowired
	MutableClock clock;

	Inboxes inboxes;

	TestAccounts.User reader;

	String decision;

	@BeforeEach
	void twoNotices() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		inboxes = new Inboxes(accounts, host, api);
		reader = accounts.user(Role.PROTOCOL_OFFICER);
		String mission = fixtures.mission("RUS", "2017-01-01");
		decision = inboxes.circulated(reader, mission, "2021-10-20T12:00");
		clock.advance(Duration.ofMinutes(5));
		inboxes.answer("DEU", decision, "BREAK_SILENCE");
	}

	@Test
	void theInboxIsNewestFirstWithItsUnreadCountAndOnlyItsOwnerMarksANoticeRead() {
		Api own = inboxes.as(reader);
		assertThat(own.get("/api/notices").json().path("unread").asInt()).isEqualTo(2);
		assertThat(inboxes.kinds(reader, decision)).containsExactly("NOT_ADOPTED", "CIRCULATED");
		String notice = inboxes.about(reader, decision).get(1).path("id").asString();

		Api other = inboxes.as(accounts.user(Role.PROTOCOL_OFFICER));
		assertProblem(other.post("/api/notices/" + notice + "/read", ""), 404, "/problems/not-found");
		assertProblem(api.post("/api/notices/" + notice + "/read", ""), 404, "/problems/not-found");
		assertThat(inboxes.about(reader, decision).get(1).path("readAt").isNull()).isTrue();

		clock.advance(Duration.ofMinutes(5));
		Api.Response read = own.post("/api/notices/" + notice + "/read", "");
		assertThat(read.status()).as(read.text()).isEqualTo(200);
		assertThat(read.json().path("readAt").asString()).isEqualTo("2021-10-06T10:10:00+02:00");
		clock.advance(Duration.ofMinutes(5));
		assertThat(own.post("/api/notices/" + notice + "/read", "").json().path("readAt").asString())
			.as("read once, at the first time").isEqualTo("2021-10-06T10:10:00+02:00");
		assertThat(own.get("/api/notices").json().path("unread").asInt()).isEqualTo(1);
	}

	@Test
	void thePageListsTheNoticesWithLinksToTheDecisionAndMarksThemRead() {
		Pages pages = Pages.as(api.baseUrl(), reader.name(), reader.password());
		String html = pages.get("/notices").html();
		assertThat(html).contains("Notices (2)", "2 unread notices.", "href=\"/decisions/" + decision + "\"",
				"A council decision was not adopted: Germany broke silence.",
				"A council decision was circulated to the member states; they answer by 20 October 2021, 12:00 Brussels time.",
				"6 October 2021, 10:05 Brussels time").containsPattern(">Council decision \\d{4}-\\d+ \\([^)]+\\)</a>")
			.doesNotContain(">Decision " + decision.substring(0, 8));
		assertThat(pages.get("/missions").html()).contains("Notices (2)");
		String notice = inboxes.about(reader, decision).get(0).path("id").asString();

		Pages.Page read = pages.post("/notices/" + notice + "/read", Map.of());
		assertThat(read.status()).isEqualTo(302);
		assertThat(read.location()).endsWith("/notices");
		assertThat(pages.get("/notices").html()).contains("Notices (1)", "1 unread notice.");

		Pages stranger = Pages.as(api.baseUrl(), TestAccounts.ADMIN_NAME, TestAccounts.ADMIN_PASSWORD);
		String other = inboxes.about(reader, decision).get(1).path("id").asString();
		assertThat(stranger.post("/notices/" + other + "/read", Map.of()).status()).isEqualTo(404);

		assertThat(pages.post("/notices/read", Map.of()).status()).isEqualTo(302);
		String after = pages.get("/notices").html();
		assertThat(after).contains("1 notice marked read.", "No unread notice.").doesNotContain("Notices (");
		assertThat(pages.get("/notices?lang=fr").html()).contains("Avis", "Aucun avis non lu")
			.contains("Une décision du Conseil n’a pas été adoptée\u00a0: un État a rompu le silence (Allemagne).")
			.containsPattern(">Décision du Conseil \\d{4}-\\d+ \\([^)]+\\)</a>").doesNotContain("??");
	}
}
