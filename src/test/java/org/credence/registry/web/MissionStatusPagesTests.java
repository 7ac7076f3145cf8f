package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** What the mission page says of its status agrees with what the registry accepts on it. */
@CredenceTest
class MissionStatusPagesTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	Pages pages;

	@BeforeEach
	void pages() {
		pages = new Pages(api.baseUrl());
		clock.set(Instant.parse("2021-11-10T10:00:00Z"));
	}

	@Test
	void aMissionEstablishedTodayOnItsFormTakesAnArrivalDatedToday() {
		Pages.Page established = pages.post("/missions?lang=en", Map.of("sendingState", "FRA",
				"name", "Mission " + UUID.randomUUID(), "kind", "EMBASSY", "establishedOn", ""));
		assertThat(established.status()).as(established.html()).isEqualTo(302);
		String mission = established.location().replaceAll(".*/missions/", "");

		Pages.Page arrival = pages.post("/missions/" + mission + "/arrivals?lang=en", Map.of("personId",
				fixtures.person("FRA"), "category", "DIPLOMATIC_AGENT", "title", "Counsellor", "function", "Liaison",
				"arrivalDate", "2021-11-10"));

		assertThat(arrival.status()).as(arrival.html()).isEqualTo(302);
		assertThat(api.get("/api/missions/" + mission + "/requests").json().size()).isEqualTo(1);
	}

	@Test
	void aSuspendedMissionRefusesAnArrivalSayingSinceWhenItIsSuspended() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		api.post("/api/missions/" + mission + "/status",
				Fixtures.json("status", "SUSPENDED", "effectiveOn", "2021-11-01"));

		Pages.Page refused = pages.post("/missions/" + mission + "/arrivals?lang=en", Map.of("personId",
				fixtures.person("RUS"), "category", "DIPLOMATIC_AGENT", "title", "Counsellor", "function", "Liaison",
				"arrivalDate", "2021-11-10"));

		assertThat(refused.html()).contains("<p>Mission ", " has been suspended since 1 November 2021 and takes no new accreditations.</p>");
	}
}
