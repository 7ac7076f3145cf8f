package org.credence.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import tools.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.EmptyDatabase;
import org.credence.support.Fixtures;

/**
 * The demo data: loaded through the services into an empty database only, when turned on, and it is
 * the reference case (counts, ceilings by date, decisions and their answers, the suspension), with a
 * journal that verifies from its first entry.
 */
@CredenceTest
class DemoDataTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoLoader loader;

	@Test
	void neverLoadsIntoADatabaseHoldingData() {
		fixtures.mission("NOR", "2020-01-01");
		int missions = count("mission");
		assertThat(loader.load()).isFalse();
		assertThat(count("mission")).isEqualTo(missions);
		assertThat(jdbc.sql("select count(*) from account where name like 'demo.%'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void anEmptyDatabaseGetsTheReferenceCaseUnlessTurnedOff() {
		try (EmptyDatabase database = new EmptyDatabase(dataSource)) {
			try (ConfigurableApplicationContext off = database.start(false)) {
				assertThat(as(off).get("/api/missions").json().size()).as("turned off").isZero();
			}
			// The administrator made by the first start does not count as data: the demo still loads.
			try (ConfigurableApplicationContext on = database.start(true, "--credence.screening.sample-lists=true")) {
				Api auditor = as(on);
				List<JsonNode> missions = auditor.get("/api/missions").json().valueStream().toList();
				assertThat(missions).extracting(mission -> mission.path("sendingState").asString())
					.containsExactlyInAnyOrder("RUS", "UKR", "GEO", "MDA");
				JsonNode russia = missions.stream().filter(m -> m.path("sendingState").asString().equals("RUS"))
					.findFirst().orElseThrow();
				String mission = "/api/missions/" + russia.path("id").asString();
				assertThat(russia.path("status").asString()).isEqualTo("SUSPENDED");
				assertStrength(auditor, mission, "2017-12-31", 27, 30);
				assertStrength(auditor, mission, "2018-03-27T12:00:00+02:00", 20, 30);
				assertStrength(auditor, mission, "2018-04-01", 20, 20);
				assertStrength(auditor, mission, "2021-10-31T23:59:59+01:00", 18, 20);
				assertStrength(auditor, mission, "2021-11-01", 10, 10);
				JsonNode suspension = auditor.get(mission + "/status").json().get(1);
				assertThat(suspension.path("status").asString()).isEqualTo("SUSPENDED");
				assertThat(suspension.path("effectiveFrom").asString()).isEqualTo("2021-11-01T00:00:00+01:00");
				assertThat(suspension.path("recordedBy").asString()).isEqualTo(DemoAccounts.OFFICER);

				List<JsonNode> decisions = auditor.get("/api/decisions").json().valueStream().toList();
				assertThat(decisions).hasSize(3).allSatisfy(decision -> {
					assertThat(decision.path("status").asString()).isEqualTo("ADOPTED");
					assertThat(decision.path("appliedAt").isNull()).isFalse();
				});
				assertThat(decisions).filteredOn(d -> d.path("authority").asString().equals("EXECUTIVE"))
					.singleElement()
					.satisfies(d -> assertThat(d.path("signedBy").asString()).isEqualTo(DemoAccounts.EXECUTIVE));
				assertThat(decisions).filteredOn(d -> d.path("authority").asString().equals("COUNCIL"))
					.extracting(d -> d.path("circulatedOn").asString() + " " + d.path("answers").size() + " "
							+ d.path("answers").findValuesAsString("answer").stream().distinct().toList())
					.containsExactlyInAnyOrder("2018-03-27 29 [CONCUR]", "2021-10-06 30 [CONCUR]");
				assertThat(decisions).flatExtracting(d -> d.path("answers").findValuesAsString("answeredBy"))
					.contains("demo.delegate.fra", "demo.delegate.mne", "demo.delegate.mkd");

				// NATO's withdrawals entered the register with their decisions; the rest was recorded by the officer.
				assertThat(auditor.get("/api/incidents").json().valueStream()
					.map(i -> i.path("acting").path("code").asString() + ">" + i.path("affected").path("code").asString() + " "
							+ i.path("kind").asString() + " " + i.path("occurredOn").asString() + " " + i.path("total").asInt())
					.toList()).containsExactlyInAnyOrder("HOST>RUS EXPULSION 2018-03-27 7", "HOST>RUS EXPULSION 2021-10-06 8",
							"CZE>RUS EXPULSION 2021-04-17 18", "RUS>CZE COUNTER_EXPULSION 2021-04-18 20",
							"CZE>RUS MISSION_CAP 2021-04-22 0", "RUS>HOST MISSION_CLOSURE 2021-10-18 0",
							"RUS>HOST MISSION_SUSPENSION 2021-10-18 0");
				assertImpactAsCirculated(auditor, decisions);
				JsonNode forum = auditor.get("/api/forums/" + auditor.get("/api/forums").json().get(0).path("id").asString())
					.json();
				assertThat(forum.path("meetings").size()).isEqualTo(2);
				assertThat(forum.path("proposals").findValuesAsString("status")).containsExactly("PROPOSED");

				for (JsonNode partner : missions) {
					if (!partner.path("sendingState").asString().equals("RUS")) {
						assertThat(auditor.get("/api/missions/" + partner.path("id").asString() + "/requests").json().size())
							.as(partner.path("sendingState").asString() + " has pending requests").isPositive();
					}
				}
				// Screening at work on the bundled lists: every demo person screened without a hit, and the security
				// officer's one check of a name written in Cyrillic, found through an OFAC alias.
				JdbcClient jdbc = on.getBean(JdbcClient.class);
				assertThat(jdbc.sql("select count(*) from person p where not exists (select 1 from screening_check c"
						+ " where c.person_id = p.id)").query(Long.class).single()).as("persons never screened").isZero();
				assertThat(jdbc.sql("select count(*) from screening_hit where state <> 'NOTED'").query(Long.class).single())
					.as("hits on demo persons").isZero();
				assertThat(jdbc.sql("""
						select c.checked_by || ' ' || h.list_id || ' ' || h.entry || ' ' || h.matched_name
						from screening_check c join screening_hit h on h.check_id = c.id where c.occasion = 'MANUAL'
						order by h.score desc limit 1""").query(String.class).single())
					.isEqualTo(DemoAccounts.SECURITY + " ofac-sdn 26171 BOSHIROV, Ruslan");
				// Two partner members' households: a spouse and two children in one, a spouse in the other.
				assertThat(jdbc.sql("select relation from household_link order by relation").query(String.class).list())
					.containsExactly("CHILD", "CHILD", "SPOUSE_OR_PARTNER", "SPOUSE_OR_PARTNER");
				assertThat(jdbc.sql("select count(*) from accreditation where category = 'FAMILY_MEMBER' and status = 'ACTIVE'")
					.query(Long.class).single()).isEqualTo(4);
				// The partner missions' eleven members each hold a card valid today; one of them expires within weeks.
				List<String> cards = jdbc.sql("select number from credential where state = 'ISSUED' order by number")
					.query(String.class).list();
				assertThat(cards).hasSize(11);
				cards.forEach(number -> assertThat(auditor.get("/public/credentials/" + number).json().path("valid").asBoolean())
					.as(number).isTrue());
				assertThat(jdbc.sql("select count(*) from credential where state = 'ISSUED' and expires_at < issued_at + interval '90 days'")
					.query(Long.class).single()).as("cards to renew").isEqualTo(1);
				long entries = jdbc.sql("select count(*) from journal_entry").query(Long.class).single();
				Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
					JsonNode verification = auditor.get("/api/journal/verification").json();
					assertThat(verification.path("ok").asBoolean()).as(verification.toString()).isTrue();
					assertThat(verification.path("verified").asLong()).as("every entry, from the first").isEqualTo(entries);
				});
			}
		}
	}

	/**
	 * The 2021 decision as the registry knew it on its circulation day: 8 leaving, 18 → 10, ceiling
	 * 20 → 10; the precedents the register held that day, and those it holds now.
	 */
	private static void assertImpactAsCirculated(Api auditor, List<JsonNode> decisions) {
		String october = decisions.stream().filter(d -> d.path("circulatedOn").asString().equals("2021-10-06"))
			.findFirst().orElseThrow().path("id").asString();
		JsonNode effect = auditor.get("/api/decisions/" + october + "/impact?knownAt=2021-10-06T12:00").json()
			.path("missions").get(0);
		assertThat(effect.path("leaving").size()).as(effect.toString()).isEqualTo(8);
		assertThat(effect.path("heldBefore").asInt()).isEqualTo(18);
		assertThat(effect.path("heldAfter").asInt()).isEqualTo(10);
		assertThat(effect.path("ceilingBefore").path("total").asInt()).isEqualTo(20);
		assertThat(effect.path("ceilingAfter").path("total").asInt()).isEqualTo(10);
		JsonNode precedents = auditor.get("/api/relations/precedents?acting=HOST&affected=RUS&knownAt=2021-10-06T12:00")
			.json();
		assertThat(precedents.path("measures").valueStream()
			.map(m -> m.path("measure").path("kind").asString() + " " + m.path("measure").path("occurredOn").asString())
			.toList()).as(precedents.toString()).containsExactly("EXPULSION 2018-03-27");
		// The officer entered the Czech–Russian exchange in April 2021: the register held it when the decision was weighed.
		assertThat(precedents.path("affectedAgainstOthers").valueStream()
			.map(m -> m.path("measure").path("kind").asString() + " " + m.path("measure").path("affected").path("code").asString()
					+ " " + m.path("inResponseTo").path("daysBetween").asInt())
			.toList()).as(precedents.toString()).contains("COUNTER_EXPULSION CZE 1");
		JsonNode before = auditor.get("/api/relations/precedents?acting=HOST&affected=RUS&knownAt=2021-04-01T12:00").json();
		assertThat(before.path("affectedAgainstOthers").size()).as("before the officer entered it").isZero();
	}

	private static void assertStrength(Api auditor, String mission, String asOf, int held, int ceiling) {
		JsonNode strength = auditor.get(mission + "/strength?asOf=" + asOf.replace("+", "%2B")).json();
		assertThat(strength.path("held").asInt()).as("held on " + asOf).isEqualTo(held);
		assertThat(strength.path("ceiling").path("total").asInt()).as("ceiling on " + asOf).isEqualTo(ceiling);
	}

	private Api as(ConfigurableApplicationContext server) {
		return api.to(server.getEnvironment()).as(EmptyDatabase.auditorToken());
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}
}
