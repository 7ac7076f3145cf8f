package org.credence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * Arrivals and departures notified late: "as of" answers use the dates notified (valid time), while
 * the history keeps when each fact reached the registry (record time).
 */
@CredenceTest
class LateNotificationTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Test
	void aLateArrivalAndALateDepartureCountFromTheirOwnDatesButAreRecordedWhenNotified() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2018-03-27", 20);
		String member = fixtures.member(mission, "2021-03-01");

		JsonNode accreditation = api.get("/api/accreditations/" + member).json();
		assertThat(accreditation.path("start").asString()).isEqualTo("2021-03-01T00:00:00+01:00");
		assertThat(accreditation.path("recordedAt").asString()).isEqualTo("2021-10-06T12:00:00+02:00");
		assertThat(held(mission, "2021-02-28")).isZero();
		assertThat(held(mission, "2021-03-01")).isEqualTo(1);
		assertThat(api.get("/api/missions/" + mission + "/members?asOf=2021-04-01").json().get(0).path("id").asString())
			.isEqualTo(member);

		clock.set(Instant.parse("2021-10-20T08:30:00Z"));
		Api.Response departure = api.post("/api/accreditations/" + member + "/departure",
				json("departureDate", "2021-09-01", "reason", "Left without notice"));

		assertThat(departure.status()).as(departure.text()).isEqualTo(200);
		assertThat(departure.json().path("end").asString()).isEqualTo("2021-09-01T00:00:00+02:00");
		assertThat(held(mission, "2021-08-31")).isEqualTo(1);
		assertThat(held(mission, "2021-09-01")).isZero();
		assertThat(held(mission, "2021-10-06")).as("as now known, though on 2021-10-06 the registry showed 1").isZero();
		assertThat(api.get("/api/missions/" + mission + "/members?asOf=2021-09-15").json().size()).isZero();
		assertThat(held(mission, "2021-08-31T23:59:59+02:00")).isEqualTo(1);
		assertThat(held(mission, "2021-08-31T22:00:00Z")).as("midnight in Brussels").isZero();

		JsonNode history = api.get("/api/missions/" + mission + "/history").json();
		JsonNode requested = entry(history, "REQUESTED");
		assertThat(requested.path("occurredAt").asString()).isEqualTo("2021-03-01T00:00:00+01:00");
		assertThat(requested.path("recordedAt").asString()).isEqualTo("2021-10-06T12:00:00+02:00");
		JsonNode departed = entry(history, "DEPARTURE_NOTIFIED");
		assertThat(departed.path("occurredAt").asString()).isEqualTo("2021-09-01T00:00:00+02:00");
		assertThat(departed.path("recordedAt").asString()).isEqualTo("2021-10-20T10:30:00+02:00");
		assertThat(departed.path("reason").asString()).isEqualTo("Left without notice");
	}

	@Test
	void aLateArrivalIsJudgedAgainstTheCeilingInForceOnItsOwnDate() {
		clock.set(Instant.parse("2021-11-10T10:00:00Z"));
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2018-03-27", 2);
		fixtures.member(mission, "2021-01-01");
		String early = fixtures.member(mission, "2021-01-01");
		assertThat(api.post("/api/accreditations/" + early + "/departure", json("departureDate", "2021-06-01")).status())
			.isEqualTo(200);
		String late = fixtures.request(mission, "2021-05-01");

		Api.Response approval = api.post("/api/accreditations/" + late + "/approval", "{}");

		assertThat(approval.status()).isEqualTo(422);
		assertThat(approval.json().path("detail").asString()).isEqualTo("The request cannot be approved: the ceiling "
				+ "of 2 positions in force from 2018-03-27 would be exceeded: 2 held.");
		assertThat(held(mission, "2021-05-01")).isEqualTo(2);
	}

	private int held(String mission, String asOf) {
		Api.Response response = api.get("/api/missions/" + mission + "/strength?asOf=" + asOf.replace("+", "%2B"));
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json().path("held").asInt();
	}

	private static JsonNode entry(JsonNode history, String kind) {
		for (JsonNode entry : history) {
			if (kind.equals(entry.path("kind").asString())) {
				return entry;
			}
		}
		throw new AssertionError("No " + kind + " in " + history);
	}
}
