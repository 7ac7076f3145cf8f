package org.credence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.accreditation.Departures;
import org.credence.registry.history.HistoryEntry;
import org.credence.registry.history.RegistryHistory;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The latest changes a mission's page shows, read through their index, are the last of its whole
 * history in the same order, however many are asked for: with a departure confirmed on a day before
 * its withdrawal took effect, which the history tells at the withdrawal's instant.
 */
@CredenceTest
class LatestChangesTests {

	@Autowired
	RegistryHistory history;

	@Autowired
	Departures departures;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Test
	void theLatestAreTheLastOfTheWholeHistory() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2017-01-01", 30);
		String withdrawn = fixtures.member(mission, "2018-01-10");
		String leaving = fixtures.member(mission, "2019-06-01");
		fixtures.member(mission, "2020-03-01");
		fixtures.request(mission, "2021-12-01");
		departures.withdraw(UUID.fromString(withdrawn), OffsetDateTime.parse("2021-11-01T00:00:00+01:00"),
				LocalDate.parse("2021-10-31"), "decision of the council");
		assertThat(api.post("/api/accreditations/" + leaving + "/departure", json("departureDate", "2021-10-20")).status())
			.isEqualTo(200);
		clock.set(Instant.parse("2021-11-02T10:00:00Z"));
		assertThat(api.post("/api/accreditations/" + withdrawn + "/departure-confirmation", json("departedOn", "2021-10-30"))
			.status()).isEqualTo(200);

		List<HistoryEntry> whole = history.ofMission(UUID.fromString(mission));
		assertThat(whole).extracting(HistoryEntry::kind).contains("WITHDRAWN", "DEPARTURE_CONFIRMED", "CEILING_SET");
		for (int count = 1; count <= whole.size(); count++) {
			assertThat(history.latestOfMission(UUID.fromString(mission), count)).as("the latest %d", count)
				.isEqualTo(whole.subList(whole.size() - count, whole.size()));
		}
	}
}
