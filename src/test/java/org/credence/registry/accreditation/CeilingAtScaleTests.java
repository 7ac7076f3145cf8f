package org.credence.registry.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;


import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.security.TestAccounts;
import org.credence.support.CountedRequests;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * An approval at a mission of thousands of members checks its ceiling on the steps of the mission's
 * strength (mission_strength, kept by a trigger), never on its members: no statement it sends reads
 * the mission's accreditations, and the steps' query examines a handful of rows.
 */
@CredenceTest
class CeilingAtScaleTests {

	private static final int MEMBERS = 3000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CountedRequests requests;

	String mission;

	@BeforeEach
	void largeMission() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		mission = fixtures.mission("RUS", "2017-01-01");
		// Each arriving six hours after the previous one from 2018 on: thousands of distinct steps before 2021.
		jdbc.sql("""
				with person as (
				    insert into person (id, name_native, name_latin, nationality, sex, recorded_at, recorded_by)
				    select gen_random_uuid(), 'Массов ' || i, 'Massov ' || i, 'RUS', 'MALE', now(), 'tests'
				    from generate_series(1, ?) i
				    returning id)
				insert into accreditation (id, person_id, mission_id, category, title, function, requested_start,
				                           start_at, status, recorded_at)
				select gen_random_uuid(), id, ?, 'SERVICE_STAFF', 'Driver', 'Transport', at, at, 'ACTIVE', now()
				from (select id, timestamptz '2018-01-01 00:00Z' + row_number() over () * interval '6 hours' as at
				      from person) arriving""")
			.params(MEMBERS, UUID.fromString(mission))
			.update();
		fixtures.ceiling(mission, "2017-01-01", MEMBERS + 1);
	}

	@Test
	void theLastFreePositionOfThousandsIsTakenOnceWithoutReadingTheMembers() {
		String first = fixtures.request(mission, "2021-10-01");
		String second = fixtures.request(mission, "2021-10-01");

		List<String> sent = approve(first, 200).statements();
		JsonNode refused = JSON.readTree(approve(second, 422).body());

		assertThat(refused.path("held").asInt()).isEqualTo(MEMBERS + 1);
		assertThat(sent).noneMatch(sql -> sql.matches("(?s).*from accreditation\\s+where mission_id.*"));
		assertThat(sent).anyMatch(sql -> sql.contains("from mission_strength"));
	}

	@Test
	void theStepsQueryExaminesAHandfulOfRowsAtAMissionOfThousands() {
		OffsetDateTime start = OffsetDateTime.parse("2021-10-01T00:00:00Z");

		JsonNode plan = JSON.readTree(jdbc.sql("explain (analyze, format json) " + Accreditations.STEPS)
			.params(UUID.fromString(mission), start, true, UUID.fromString(mission), start)
			.query(String.class)
			.single());

		assertThat(rowsRead(plan.get(0).get("Plan"))).isLessThan(50);
		assertThat(jdbc.sql("select count(*) from accreditation where mission_id = ?")
			.param(UUID.fromString(mission))
			.query(Integer.class)
			.single()).isEqualTo(MEMBERS);
	}

	/** The rows every scan of the plan read, over all its loops. */
	private static long rowsRead(JsonNode node) {
		long rows = !node.path("Node Type").asString().contains("Scan") ? 0
				: node.path("Actual Rows").asLong() * node.path("Actual Loops").asLong()
						+ node.path("Rows Removed by Filter").asLong();
		for (JsonNode child : node.path("Plans")) {
			rows += rowsRead(child);
		}
		return rows;
	}

	private CountedRequests.Answer approve(String request, int status) {
		CountedRequests.Answer answer = requests.post("/api/accreditations/" + request + "/approval",
				accounts.adminToken(), "{}");
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		return answer;
	}
}
