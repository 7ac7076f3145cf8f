package org.credence.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.registry.accreditation.Departures;
import org.credence.registry.web.Pages;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * Each user's calendar of deadlines at an address of their own, read without a session as their
 * account would read it; the address replaced or revoked is not found, and only its digest is kept.
 */
@CredenceTest
class CalendarFeedTests {

	private static final Pattern ADDRESS = Pattern.compile("id=\"calendar-address\">https?://[^/]+(/calendar/([A-Za-z0-9_-]+)\\.ics[^<]*)<");

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Departures departures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	private String mission;

	private String withdrawn;

	private String decision;

	@BeforeEach
	void deadlines() {
		clock.set(Instant.parse("2014-03-10T10:00:00Z"));
		mission = fixtures.mission("RUS", "2014-01-01");
		withdrawn = fixtures.member(mission, "2014-02-01");
		departures.withdraw(UUID.fromString(withdrawn), OffsetDateTime.parse("2014-03-15T00:00:00+01:00"),
				LocalDate.parse("2014-03-20"), null);
		Api.Response drafted = api.post("/api/decisions", Fixtures.json("grounds", "Reciprocity", "classification",
				"NATO RESTRICTED", "effectiveDate", "2014-04-01", "acts",
				List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 10))));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		decision = drafted.id();
		Api.Response circulated = api.post("/api/decisions/" + decision + "/circulation",
				Fixtures.json("deadline", "2014-03-25T12:00"));
		assertThat(circulated.status()).as(circulated.text()).isEqualTo(200);
	}

	@Test
	void aProtocolOfficersCalendarHasTheDepartureAndTheDecisionDeadlinesInUtc() {
		Pages officer = pages(accounts.user(Role.PROTOCOL_OFFICER));
		String address = address(officer.post("/account/calendar", Map.of()).html());

		Api.Response response = api.anonymous().get(address);

		assertThat(response.status()).as(response.text()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/calendar");
		String calendar = response.text();
		assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(calendar.replace("\r\n", "")).as("every line ends with CRLF").doesNotContain("\r", "\n");
		assertThat(calendar.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
			.as(line).isLessThanOrEqualTo(75));
		String unfolded = calendar.replace("\r\n ", "");
		assertThat(event(unfolded, "departure-" + withdrawn + "@credence"))
			.contains("DTSTART:20140320T230000Z", "SUMMARY:Departure deadline: ");
		assertThat(event(unfolded, "decision-" + decision + "-deadline@credence"))
			.contains("DTSTART:20140325T110000Z", "SUMMARY:Answer deadline: ", "DTSTAMP:20140310T100000Z");
		assertThat(event(unfolded, "decision-" + decision + "-effect@credence")).contains("DTSTART:20140331T220000Z");
		clock.set(Instant.parse("2014-03-11T10:00:00Z"));
		assertThat(api.anonymous().get(address).text().replace("\r\n ", ""))
			.as("the same UIDs on the next reading").contains("UID:departure-" + withdrawn + "@credence",
					"UID:decision-" + decision + "-deadline@credence");
	}

	@Test
	void aMissionAdministratorSeesTheirOwnMissionsDeparturesOnlyAndNoDecision() {
		String other = fixtures.mission("RUS", "2014-01-01");
		String elsewhere = api.anonymous().get(address(pages(accounts.user(Role.MISSION_ADMINISTRATOR,
				UUID.fromString(other), null)).post("/account/calendar", Map.of()).html())).text();
		String own = api.anonymous().get(address(pages(accounts.user(Role.MISSION_ADMINISTRATOR,
				UUID.fromString(mission), null)).post("/account/calendar", Map.of()).html())).text();

		assertThat(elsewhere).contains("BEGIN:VCALENDAR").doesNotContain(withdrawn).doesNotContain("UID:decision-");
		assertThat(own.replace("\r\n ", "")).contains("UID:departure-" + withdrawn + "@credence")
			.doesNotContain("UID:decision-");
	}

	@Test
	void aDelegateSeesTheDecisionsCirculatedToTheirStateOnly() {
		String asked = api.anonymous().get(address(pages(accounts.user(Role.MEMBER_STATE_DELEGATE, null, "FRA"))
			.post("/account/calendar", Map.of()).html())).text();
		String notAsked = api.anonymous().get(address(pages(accounts.user(Role.MEMBER_STATE_DELEGATE, null, "JPN"))
			.post("/account/calendar", Map.of()).html())).text();

		assertThat(asked.replace("\r\n ", "")).contains("UID:decision-" + decision + "-deadline@credence");
		assertThat(notAsked.replace("\r\n ", "")).contains("BEGIN:VCALENDAR").doesNotContain(decision);
	}

	@Test
	void aNewAddressReplacesTheOldAndARevokedOneIsNotFound() {
		TestAccounts.User user = accounts.user(Role.AUDITOR);
		Pages pages = pages(user);
		String first = address(pages.post("/account/calendar", Map.of()).html());
		String second = address(pages.post("/account/calendar", Map.of()).html());

		assertThat(api.anonymous().get(first).status()).isEqualTo(404);
		assertThat(api.anonymous().get(second).status()).isEqualTo(200);
		assertThat(pages.post("/account/calendar/revocation", Map.of()).status()).isEqualTo(302);
		assertThat(pages.get("/account/calendar").html()).contains("You have no calendar address.");
		assertThat(api.anonymous().get(second).status()).isEqualTo(404);
		assertThat(api.anonymous().get("/calendar/" + "A".repeat(43) + ".ics").status()).isEqualTo(404);
		UUID account = jdbc.sql("select id from account where name = ?").param(user.name()).query(UUID.class).single();
		assertThat(jdbc.sql("""
				select action from journal_entry where action like 'account.calendar-address-%'
				and change->>'accountId' = ? order by id""").param(account.toString()).query(String.class).list())
			.containsExactly("account.calendar-address-created", "account.calendar-address-created",
					"account.calendar-address-revoked");
	}

	@Test
	void onlyTheSecretsDigestIsStored() throws Exception {
		TestAccounts.User user = accounts.user(Role.EXECUTIVE);
		Matcher address = ADDRESS.matcher(pages(user).post("/account/calendar", Map.of()).html());
		assertThat(address.find()).isTrue();
		String secret = address.group(2);

		List<String> stored = jdbc.sql("""
				select c.digest from calendar_address c join account a on a.id = c.account_id where a.name = ?""")
			.param(user.name())
			.query(String.class)
			.list();

		assertThat(stored).containsExactly(HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))));
		assertThat(jdbc.sql("select count(*) from calendar_address where digest like ?").param("%" + secret + "%")
			.query(Integer.class).single()).isZero();
	}

	@Test
	void theAddressMadeOnAFrenchPageGivesAFrenchCalendar() {
		Pages officer = pages(accounts.user(Role.PROTOCOL_OFFICER));
		String page = officer.post("/account/calendar?lang=fr", Map.of()).html();

		assertThat(page).contains("<html lang=\"fr\">", "Copiez-la maintenant").doesNotContain("??");
		String calendar = api.anonymous().get(address(page)).text().replace("\r\n ", "");
		assertThat(calendar).contains("SUMMARY:Date limite de départ\u00a0: ", "X-WR-CALNAME:Échéances Credence");
	}

	private Pages pages(TestAccounts.User user) {
		return Pages.as(api.baseUrl(), user.name(), user.password());
	}

	/** The address's path and query, as the page shows it once. */
	private static String address(String html) {
		Matcher address = ADDRESS.matcher(html);
		assertThat(address.find()).as(html).isTrue();
		return address.group(1).replace("&amp;", "&");
	}

	private static String event(String calendar, String uid) {
		int at = calendar.indexOf("UID:" + uid + "\r\n");
		assertThat(at).as(uid + " in\n" + calendar).isGreaterThan(0);
		return calendar.substring(calendar.lastIndexOf("BEGIN:VEVENT", at), calendar.indexOf("END:VEVENT", at));
	}
}
