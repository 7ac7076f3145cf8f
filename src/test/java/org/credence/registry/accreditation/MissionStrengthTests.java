package org.credence.registry.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.registry.StaffCategory;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The strength kept in steps by the trigger on accreditation is, at every instant, what counting the
 * members says: after arrivals past and future, departures past and future, a refusal and a departure
 * notified again earlier.
 */
@CredenceTest
class MissionStrengthTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	Accreditations accreditations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theStepsCountWhatTheMembersAreAtEveryInstant() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2017-01-01", 100);
		fixtures.member(mission, "2018-01-10");
		String leaving = fixtures.member(mission, "2018-01-10");
		String leavingLater = fixtures.member(mission, "2019-06-01");
		fixtures.member(mission, "2022-03-01");
		approved(fixtures.arrival(mission, fixtures.person("FRA"), "SERVICE_STAFF", "2019-06-01").id());
		String refused = fixtures.request(mission, "2019-06-01");
		assertThat(api.post("/api/accreditations/" + refused + "/refusal", json("reason", "No")).status()).isEqualTo(200);
		assertThat(api.post("/api/accreditations/" + leaving + "/departure", json("departureDate", "2020-02-01")).status())
			.isEqualTo(200);
		assertThat(api.post("/api/accreditations/" + leavingLater + "/departure", json("departureDate", "2022-01-01"))
			.status()).isEqualTo(200);

		for (String at : List.of("2018-01-09T23:00:00Z", "2018-01-10T00:00:00Z", "2019-05-31T23:00:00Z",
				"2019-06-01T00:00:00Z", "2020-01-31T23:00:00Z", "2020-02-01T00:00:00Z", "2021-12-31T23:00:00Z",
				"2022-01-01T00:00:00Z", "2022-03-01T00:00:00Z", "2030-01-01T00:00:00Z")) {
			OffsetDateTime instant = OffsetDateTime.parse(at);
			assertThat(accreditations.countHeldAt(UUID.fromString(mission), instant)).as(at)
				.isEqualTo(counted(UUID.fromString(mission), instant));
		}
		assertThat(accreditations.countHeldAt(UUID.fromString(mission), OffsetDateTime.parse("2020-03-01T00:00:00Z")))
			.containsEntry(StaffCategory.DIPLOMATIC_AGENT, 2)
			.containsEntry(StaffCategory.SERVICE_STAFF, 1);
	}

	/**
	 * Statements that change many positions of one mission at once (an office's records moved in, a
	 * decision ending hundreds) keep the steps as right as one position at a time.
	 */
	@Test
	void stepsFollowStatementsOfManyPositions() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		UUID mission = UUID.fromString(fixtures.mission("RUS", "2000-01-01"));
		fixtures.member(mission.toString(), "2010-05-01");
		jdbc.sql("""
				insert into person (id, name_native, name_latin, nationality, sex, recorded_at, recorded_by)
				select gen_random_uuid(), 'Many ' || g, 'Many ' || g, 'RUS', 'FEMALE', now(), 'test'
				from generate_series(1, 60) g""").update();
		int inserted = jdbc.sql("""
				insert into accreditation (id, person_id, mission_id, category, title, function, requested_start,
				                           start_at, end_at, status, recorded_at)
				select gen_random_uuid(), p.id, :mission,
				       case when n % 3 = 0 then 'SERVICE_STAFF' else 'DIPLOMATIC_AGENT' end, 'Attaché', 'Many',
				       timestamptz '2001-01-01' + n * interval '97 days', timestamptz '2001-01-01' + n * interval '97 days',
				       case when n % 4 = 0 then timestamptz '2001-01-01' + n * interval '150 days' end,
				       case when n % 7 = 0 then 'REQUESTED' else 'ACTIVE' end, now()
				from (select id, row_number() over (order by name_latin) as n from person
				      where name_latin like 'Many %' and recorded_by = 'test'
				        and not exists (select 1 from accreditation a where a.person_id = person.id)) p""")
			.param("mission", mission).update();
		assertThat(inserted).isEqualTo(60);
		assertStepsCountTheMembers(mission);

		jdbc.sql("update accreditation set end_at = start_at + interval '3 years', status = 'ENDED'"
				+ " where mission_id = ? and function = 'Many' and status = 'ACTIVE' and end_at is null")
			.param(mission).update();
		assertStepsCountTheMembers(mission);
		jdbc.sql("update accreditation set category = 'ADMINISTRATIVE_TECHNICAL', start_at = start_at - interval '40 days'"
				+ " where mission_id = ? and function = 'Many' and category = 'SERVICE_STAFF'").param(mission).update();
		assertStepsCountTheMembers(mission);
		jdbc.sql("delete from accreditation where mission_id = ? and function = 'Many' and category = 'DIPLOMATIC_AGENT'")
			.param(mission).update();
		assertStepsCountTheMembers(mission);
	}

	private void assertStepsCountTheMembers(UUID mission) {
		for (OffsetDateTime at = OffsetDateTime.parse("2000-12-01T00:00:00Z"); at.getYear() < 2030; at = at.plusDays(23)) {
			assertThat(accreditations.countHeldAt(mission, at)).as(at.toString()).isEqualTo(counted(mission, at));
		}
	}

	private void approved(String request) {
		assertThat(api.post("/api/accreditations/" + request + "/approval", "{}").status()).isEqualTo(200);
	}

	/** The members of each category at that instant, counted one by one. */
	private Map<StaffCategory, Integer> counted(UUID mission, OffsetDateTime at) {
		Map<StaffCategory, Integer> counts = new EnumMap<>(StaffCategory.class);
		jdbc.sql("select category, count(*) from accreditation where mission_id = ?"
				+ " and status in ('ACTIVE', 'ENDED', 'WITHDRAWN') and start_at <= ? and (end_at is null or end_at > ?)"
				+ " group by category")
			.params(mission, at, at)
			.query(rs -> {
				counts.put(StaffCategory.valueOf(rs.getString(1)), rs.getInt(2));
			});
		return counts;
	}
}
