package org.credence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.credence.support.Fixtures.json;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** The history of a mission and of a person: every fact in the order it happened, with who recorded it and when. */
@CredenceTest
class HistoryTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Test
	void theHistoriesListEveryFactInOrderWithActorAndRecordTime() {
		clock.set(Instant.parse("2021-01-05T09:00:00Z"));
		String mission = fixtures.mission("RUS", "2021-01-01");
		String missionName = api.get("/api/missions/" + mission).json().path("name").asString();
		String alice = fixtures.person("RUS");
		String bob = fixtures.person("RUS");
		clock.advance(Duration.ofMinutes(1));
		fixtures.ceiling(mission, "2021-01-01", 20);

		clock.set(Instant.parse("2021-02-01T09:00:00Z"));
		String aliceAccreditation = fixtures.arrival(mission, alice, "DIPLOMATIC_AGENT", "2021-02-01").id();
		assertThat(api.post("/api/accreditations/" + aliceAccreditation + "/approval", "{}").status()).isEqualTo(200);

		clock.set(Instant.parse("2021-03-01T09:00:00Z"));
		String bobRequest = fixtures.arrival(mission, bob, "SERVICE_STAFF", "2021-03-01").id();
		assertThat(api.post("/api/accreditations/" + bobRequest + "/refusal", json("reason", "Not acceptable")).status())
			.isEqualTo(200);

		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		assertThat(api.post("/api/missions/" + mission + "/ceilings", json("effectiveOn", "2021-11-01", "total", 10,
				"categories", Map.of("DIPLOMATIC_AGENT", 8), "reason", "North Atlantic Council decision")).status())
			.isEqualTo(201);

		clock.set(Instant.parse("2021-10-20T10:00:00Z"));
		assertThat(api.post("/api/accreditations/" + aliceAccreditation + "/departure",
				json("departureDate", "2021-10-31", "reason", "Withdrawn")).status()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(1));
		assertThat(api.post("/api/missions/" + mission + "/status",
				json("status", "SUSPENDED", "effectiveOn", "2021-11-01", "reason", "Suspended by Russia")).status())
			.isEqualTo(201);

		JsonNode history = api.get("/api/missions/" + mission + "/history").json();

		assertThat(rows(history)).containsExactly(
				tuple("STATUS_CHANGED", "2021-01-01T00:00:00+01:00", "2021-01-05T10:00:00+01:00", "ACTIVE", "established"),
				tuple("CEILING_SET", "2021-01-01T00:00:00+01:00", "2021-01-05T10:01:00+01:00", "20", null),
				tuple("REQUESTED", "2021-02-01T00:00:00+01:00", "2021-02-01T10:00:00+01:00", "DIPLOMATIC_AGENT · Counsellor", null),
				tuple("APPROVED", "2021-02-01T10:00:00+01:00", "2021-02-01T10:00:00+01:00", "DIPLOMATIC_AGENT · Counsellor", null),
				tuple("REQUESTED", "2021-03-01T00:00:00+01:00", "2021-03-01T10:00:00+01:00", "SERVICE_STAFF · Counsellor", null),
				tuple("REFUSED", "2021-03-01T10:00:00+01:00", "2021-03-01T10:00:00+01:00", "SERVICE_STAFF · Counsellor", "Not acceptable"),
				tuple("DEPARTURE_NOTIFIED", "2021-10-31T00:00:00+02:00", "2021-10-20T12:00:00+02:00", "DIPLOMATIC_AGENT · Counsellor", "Withdrawn"),
				tuple("CEILING_SET", "2021-11-01T00:00:00+01:00", "2021-10-06T12:00:00+02:00", "10 (DIPLOMATIC_AGENT 8)", "North Atlantic Council decision"),
				tuple("STATUS_CHANGED", "2021-11-01T00:00:00+01:00", "2021-10-20T12:01:00+02:00", "SUSPENDED", "Suspended by Russia"));
		for (JsonNode entry : history) {
			assertThat(entry.path("recordedBy").asString()).isEqualTo(TestAccounts.ADMIN_NAME);
			assertThat(entry.path("missionId").asString()).isEqualTo(mission);
			assertThat(entry.path("missionName").asString()).isEqualTo(missionName);
		}
		assertThat(history.get(2).path("personId").asString()).isEqualTo(alice);
		assertThat(history.get(2).path("accreditationId").asString()).isEqualTo(aliceAccreditation);
		assertThat(history.get(5).path("personId").asString()).isEqualTo(bob);

		JsonNode alicesHistory = api.get("/api/persons/" + alice + "/history").json();

		assertThat(rows(alicesHistory)).containsExactly(
				tuple("PERSON_REGISTERED", "2021-01-05T10:00:00+01:00", "2021-01-05T10:00:00+01:00", null, null),
				tuple("REQUESTED", "2021-02-01T00:00:00+01:00", "2021-02-01T10:00:00+01:00", "DIPLOMATIC_AGENT · Counsellor", null),
				tuple("APPROVED", "2021-02-01T10:00:00+01:00", "2021-02-01T10:00:00+01:00", "DIPLOMATIC_AGENT · Counsellor", null),
				tuple("DEPARTURE_NOTIFIED", "2021-10-31T00:00:00+02:00", "2021-10-20T12:00:00+02:00", "DIPLOMATIC_AGENT · Counsellor", "Withdrawn"));
		for (JsonNode entry : alicesHistory) {
			assertThat(entry.path("recordedBy").asString()).isEqualTo(TestAccounts.ADMIN_NAME);
			assertThat(entry.path("personId").asString()).isEqualTo(alice);
		}
		assertThat(alicesHistory.get(1).path("missionName").asString()).isEqualTo(missionName);
		assertThat(rows(api.get("/api/persons/" + bob + "/history").json())).extracting(row -> row.toList().get(0))
			.containsExactly("PERSON_REGISTERED", "REQUESTED", "REFUSED");
	}

	@Test
	void aRefusedWriteLeavesNoTraceInTheHistory() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2017-01-01", 1);
		fixtures.member(mission, "2021-01-01");
		String request = fixtures.request(mission, "2021-10-01");
		int before = api.get("/api/missions/" + mission + "/history").json().size();

		assertThat(api.post("/api/accreditations/" + request + "/approval", "{}").status()).isEqualTo(422);
		assertThat(api.post("/api/missions/" + mission + "/ceilings", json("effectiveOn", "2017-01-01", "total", 5)).status())
			.isEqualTo(409);
		assertThat(api.post("/api/missions/" + mission + "/status", json("status", "ACTIVE", "effectiveOn", "2021-11-01"))
			.status()).isEqualTo(409);

		assertThat(api.get("/api/missions/" + mission + "/history").json().size()).isEqualTo(before);
	}

	private static List<org.assertj.core.groups.Tuple> rows(JsonNode history) {
		List<org.assertj.core.groups.Tuple> rows = new ArrayList<>();
		for (JsonNode entry : history) {
			rows.add(tuple(entry.path("kind").asString(), entry.path("occurredAt").asString(),
					entry.path("recordedAt").asString(), text(entry.path("detail")), text(entry.path("reason"))));
		}
		return rows;
	}

	private static String text(JsonNode node) {
		return node.isNull() || node.isMissingNode() ? null : node.asString();
	}
}
