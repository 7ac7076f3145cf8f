package org.credence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * What the API returns as an instant can be sent back where it asks for one (deadlines, the
 * effective instant), with any offset or the receiving party's local time, seconds allowed.
 */
@CredenceTest
class InstantFormatTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void now() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
	}

	@Test
	void aReturnedDeadlineCanBeSentBackAndMeansTheSameInstant() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String first = draft(mission);
		JsonNode circulated = api.post("/api/decisions/" + first + "/circulation", json("deadline", "2021-10-20T12:00")).json();
		String deadline = circulated.path("deadline").asString();
		assertThat(deadline).isEqualTo("2021-10-20T12:00:00+02:00");

		String second = draft(mission);
		Api.Response again = api.post("/api/decisions/" + second + "/circulation", json("deadline", deadline));
		Api.Response extended = api.post("/api/decisions/" + second + "/deadline",
				json("deadline", OffsetDateTime.parse(deadline).plusDays(1).withOffsetSameInstant(java.time.ZoneOffset.UTC).toString()));
		Api.Response effective = api.post("/api/decisions", json("grounds", "Effective as returned", "classification",
				"NATO UNCLASSIFIED", "effectiveAt", deadline, "acts", List.of(Map.of("kind", "SET_CEILING", "missionId", mission,
						"total", 12))));

		assertThat(again.status()).as(again.text()).isEqualTo(200);
		assertThat(again.json().path("deadline").asString()).isEqualTo(deadline);
		assertThat(extended.status()).as(extended.text()).isEqualTo(200);
		assertThat(extended.json().path("deadline").asString()).isEqualTo("2021-10-21T12:00:00+02:00");
		assertThat(effective.status()).as(effective.text()).isEqualTo(201);
		assertThat(effective.json().path("effectiveAt").asString()).isEqualTo(deadline);
	}

	@Test
	void secondsAreTakenWhereMinutesWereAndAnInstantIsNotTakenWithALocalForm() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		Api.Response withSeconds = api.post("/api/decisions/" + draft(mission) + "/circulation",
				json("deadline", "2021-10-20T12:00:30"));
		Api.Response timeWithSeconds = api.post("/api/decisions", json("grounds", "Seconds", "classification",
				"NATO UNCLASSIFIED", "effectiveDate", "2021-11-01", "effectiveTime", "09:30:15", "acts",
				List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 12))));
		Api.Response both = api.post("/api/decisions", json("grounds", "Both", "classification", "NATO UNCLASSIFIED",
				"effectiveAt", "2021-11-01T00:00:00+01:00", "effectiveDate", "2021-11-01", "acts",
				List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 12))));

		assertThat(withSeconds.json().path("deadline").asString()).as(withSeconds.text()).isEqualTo("2021-10-20T12:00:30+02:00");
		assertThat(timeWithSeconds.json().path("effectiveAt").asString()).as(timeWithSeconds.text())
			.isEqualTo("2021-11-01T09:30:15+01:00");
		assertThat(both.status()).as(both.text()).isEqualTo(400);
		assertThat(both.json().path("errors").get(0).path("field").asString()).isEqualTo("effectiveAt");
	}

	private String draft(String mission) {
		Api.Response drafted = api.post("/api/decisions", json("grounds", "Times", "classification", "NATO UNCLASSIFIED",
				"effectiveDate", "2021-11-01", "acts", List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 12))));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		return drafted.id();
	}
}
