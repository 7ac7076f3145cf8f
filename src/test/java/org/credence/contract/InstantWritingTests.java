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
 * One way to write an instant: ISO 8601 in the receiving party's offset, to the microsecond as
 * stored, in every response (the journal's times were in UTC, and a record came back with nine
 * fractional digits when written and six when read).
 */
@CredenceTest
class InstantWritingTests {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void nowWithNanoseconds() {
		clock.set(Instant.parse("2021-10-06T10:00:00.123456789Z"));
	}

	@AfterEach
	void back() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
	}

	@Test
	void everyInstantOfARepresentativeResponseIsWrittenOneWayInTheReceivingPartysOffset() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String member = fixtures.member(mission, "2018-01-10");
		Api.Response created = api.post("/api/persons", json("nameNative", "Instant", "nameLatin", "Instant", "birthDate",
				"1970", "nationality", "RUS", "sex", "FEMALE"));
		String decision = api.post("/api/decisions", json("grounds", "Times", "classification", "NATO UNCLASSIFIED",
				"effectiveDate", "2021-11-01", "acts", List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 12))))
			.id();
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
