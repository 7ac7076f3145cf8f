package org.credence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.host.HostTime;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * One way to write an instant: ISO 8601 in the receiving party's offset, to the microsecond, in
 * every response, so that what the API returns can be sent back where it asks for an instant.
 */
@CredenceTest
class InstantFormatTests {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	/** With nanoseconds, which the registry keeps only to the microsecond. */
	private static final Instant NOW = Instant.parse("2021-10-06T10:00:00.123456789Z");

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void now() {
		clock.set(NOW);
	}

	@AfterEach
	void back() {
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

	@Test
	void everyInstantOfARepresentativeResponseIsWrittenOneWayInTheReceivingPartysOffset() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String member = fixtures.member(mission, "2018-01-10");
		Api.Response created = api.post("/api/persons", json("nameNative", "Instant", "nameLatin", "Instant", "birthDate",
				"1970", "nationality", "RUS", "sex", "FEMALE"));
		String decision = draft(mission);
		api.post("/api/decisions/" + decision + "/circulation", json("deadline", "2021-10-20T12:00"));

		List<String> instants = new ArrayList<>();
		for (String path : List.of("/api/missions/" + mission, "/api/missions/" + mission + "/history",
				"/api/missions/" + mission + "/strength", "/api/accreditations/" + member, "/api/decisions/" + decision,
				"/api/persons/" + created.id(), "/api/journal?subject=" + mission)) {
			Api.Response response = api.get(path);
			assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(200);
			collect(response.json(), instants);
		}

		assertThat(instants).hasSizeGreaterThan(10).allSatisfy(instant -> {
			assertThat(instant).matches(HostTime.PATTERN);
			OffsetDateTime at = OffsetDateTime.parse(instant);
			assertThat(at.getOffset()).isEqualTo(BRUSSELS.getRules().getOffset(at.toInstant()));
		});
		// Written as stored, to the nearest microsecond: the answer to the write and every later read agree.
		assertThat(created.json().path("recordedAt").asString()).isEqualTo("2021-10-06T12:00:00.123457+02:00")
			.isEqualTo(api.get("/api/persons/" + created.id()).json().path("recordedAt").asString());
	}

	private String draft(String mission) {
		Api.Response drafted = api.post("/api/decisions", json("grounds", "Times", "classification", "NATO UNCLASSIFIED",
				"effectiveDate", "2021-11-01", "acts", List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 12))));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		return drafted.id();
	}

	/**
	 * Every string of the document that is a date and time (not a date alone), but in a journal
	 * entry's change: the record as it was written and hashed, which no later format may alter.
	 */
	private static void collect(JsonNode node, List<String> instants) {
		if (node.isString() && node.asString().matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
			instants.add(node.asString());
		}
		node.properties().stream().filter(member -> !member.getKey().equals("change"))
			.forEach(member -> collect(member.getValue(), instants));
		if (node.isArray()) {
			node.forEach(child -> collect(child, instants));
		}
	}
}
