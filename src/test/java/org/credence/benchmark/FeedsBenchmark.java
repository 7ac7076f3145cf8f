package org.credence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.registry.web.Pages;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.MutableClock;

/**
 * The Atom feed of changes and a protocol officer's calendar at 200 missions and 10,000 members,
 * made in SQL in a year (2005) no other test uses: every member arrived that year, half of them left
 * in 2006, a tenth of those withdrawn with a departure deadline ahead. Run with {@code -Pbenchmark}.
 */
@Tag("benchmark")
@CredenceTest
class FeedsBenchmark {

	private static final Pattern ADDRESS = Pattern.compile("id=\"calendar-address\">https?://[^/]+(/calendar/[^<]+)<");

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Test
	void theFeedsAt200MissionsAnd10000Members() throws Exception {
		clock.set(Instant.parse("2006-06-30T10:00:00Z"));
		jdbc.sql("""
				insert into mission (id, sending_state, name, kind, recorded_at, recorded_by)
				select md5('feeds mission ' || m)::uuid, 'RUS', 'Feeds benchmark mission ' || m, 'EMBASSY', now(), 'benchmark'
				from generate_series(1, 200) m""").update();
		jdbc.sql("""
				insert into mission_status (mission_id, effective_from, status, recorded_at, recorded_by)
				select md5('feeds mission ' || m)::uuid, timestamptz '2005-01-01', 'ACTIVE', now(), 'benchmark'
				from generate_series(1, 200) m""").update();
		jdbc.sql("""
				insert into person (id, name_native, name_latin, nationality, sex, recorded_at, recorded_by)
				select md5('feeds person ' || p)::uuid, 'Лента ' || p, 'Lenta ' || p, 'RUS', 'UNKNOWN', now(), 'benchmark'
				from generate_series(1, 10000) p""").update();
		jdbc.sql("""
				insert into accreditation (id, person_id, mission_id, category, title, function, requested_start,
				                           start_at, end_at, status, recorded_at, departure_deadline)
				select md5('feeds accreditation ' || p)::uuid, md5('feeds person ' || p)::uuid,
				       md5('feeds mission ' || (p % 200 + 1))::uuid,
				       case when p % 3 = 0 then 'SERVICE_STAFF' else 'DIPLOMATIC_AGENT' end, 'Counsellor', 'Liaison',
				       timestamptz '2005-01-02' + (p % 360) * interval '1 day', timestamptz '2005-01-02' + (p % 360) * interval '1 day',
				       case when p % 2 = 0 then timestamptz '2006-01-02' + (p % 170) * interval '1 day' end,
				       case when p % 20 = 0 then 'WITHDRAWN' when p % 2 = 0 then 'ENDED' else 'ACTIVE' end, now(),
				       case when p % 20 = 0 then date '2006-07-01' + (p % 60) end
				from generate_series(1, 10000) p""").update();
		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		Matcher address = ADDRESS.matcher(Pages.as(api.baseUrl(), officer.name(), officer.password())
			.post("/account/calendar", Map.of()).html());
		assertThat(address.find()).isTrue();
		Api anonymous = api.anonymous();
		String report = "| operation | p50 ms | p99 ms |\n|---|---|---|\n"
				+ row("Atom feed since 2005-01-01 (200 latest of 20,000 changes)",
						() -> anonymous.get("/public/diplomatic-list/changes.atom?since=2005-01-01"))
				+ row("a protocol officer's calendar (500 departure deadlines)", () -> anonymous.get(address.group(1)));
		System.out.println(report);
	}

	private static String row(String operation, Supplier<Api.Response> call) throws Exception {
		LoadGenerator.Result result = LoadGenerator.run(1, Duration.ofSeconds(5), Duration.ofSeconds(10),
				client -> assertThat(call.get().status()).isEqualTo(200));
		return String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", operation, result.p50Millis(), result.p99Millis());
	}
}
