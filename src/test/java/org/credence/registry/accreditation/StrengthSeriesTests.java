package org.credence.registry.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.host.Host;
import org.credence.registry.mission.Ceilings;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The strengths a chart reads in one query are those counted one instant at a time: a position
 * counts from its first instant and no more from its end, whatever the category.
 */
@CredenceTest
class StrengthSeriesTests {

	@Autowired
	StrengthSeries series;

	@Autowired
	Staffing staffing;

	@Autowired
	Ceilings ceilings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Api api;

	@Autowired
	Host host;

	@Autowired
	MutableClock clock;

	@Test
	void theSameAsCountedAtEachInstantOnTheInstantsPositionsBeginAndEnd() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2019-01-01", 5);
		fixtures.member(mission, "2018-01-01");
		fixtures.member(mission, "2019-06-01");
		String leaving = fixtures.member(mission, "2019-06-01");
		assertThat(fixtures.arrival(mission, fixtures.person("RUS"), "SERVICE_STAFF", "2020-02-01").status()).isEqualTo(201);
		String staff = api.get("/api/missions/" + mission + "/requests").json().get(0).path("id").asString();
		assertThat(api.post("/api/accreditations/" + staff + "/approval", "{}").status()).isEqualTo(200);
		assertThat(api.post("/api/accreditations/" + leaving + "/departure", Fixtures.json("departureDate", "2020-02-01"))
			.status()).isEqualTo(200);
		UUID id = UUID.fromString(mission);
		List<OffsetDateTime> instants = List.of("2017-12-31", "2018-01-01", "2019-06-01", "2020-01-31", "2020-02-01",
				"2021-10-06").stream().map(day -> host.startOf(java.time.LocalDate.parse(day))).toList();

		List<Strength> read = series.at(id, ceilings.history(id), instants);

		assertThat(read).isEqualTo(instants.stream().map(at -> staffing.strengthAt(id, at)).toList());
		assertThat(read.stream().map(Strength::held).toList()).containsExactly(0, 1, 3, 3, 3, 3);
		assertThat(read.get(5).heldByCategory()).containsEntry(org.credence.registry.StaffCategory.SERVICE_STAFF, 1);
	}
}
