package org.credence.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

@CredenceTest
class StrengthTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Test
	void strengthAsOfADateCountsOnlyThoseAccreditedThatDay() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2017-01-01", 30);
		fixtures.member(mission, "2018-01-10");
		fixtures.member(mission, "2019-06-01");

		assertThat(api.get("/api/missions/" + mission + "/strength?asOf=2018-01-09").json().get("held").asInt()).isZero();
		assertThat(api.get("/api/missions/" + mission + "/strength?asOf=2018-01-10").json().get("held").asInt()).isEqualTo(1);
		assertThat(api.get("/api/missions/" + mission + "/strength?asOf=2020-01-01").json().get("held").asInt()).isEqualTo(2);
		assertThat(api.get("/api/missions/" + mission + "/strength?asOf=2020-01-01").json().get("ceiling").get("total").asInt())
			.isEqualTo(30);
	}
}
