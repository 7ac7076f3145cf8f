package org.credence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.problem.ProblemException;
import org.credence.registry.accreditation.AccreditationManagement;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** The receiving party withdraws an accreditation: it ends at the effective instant, with a departure deadline. */
@CredenceTest
class WithdrawalTests {

	@Autowired
	AccreditationManagement management;

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
	void aWithdrawnAccreditationEndsAtTheEffectiveInstantAndKeepsItsDeadline() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String member = fixtures.member(mission, "2021-01-01");

		management.withdraw(UUID.fromString(member), OffsetDateTime.parse("2021-11-01T00:00:00+01:00"),
				LocalDate.parse("2021-10-31"), "decision of the council");

		JsonNode accreditation = api.get("/api/accreditations/" + member).json();
		assertThat(accreditation.path("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(accreditation.path("end").asString()).isEqualTo("2021-11-01T00:00:00+01:00");
		assertThat(accreditation.path("departureDeadline").asString()).isEqualTo("2021-10-31");
		assertThat(api.get("/api/missions/" + mission + "/members?asOf=2021-10-31").json().size()).isEqualTo(1);
		assertThat(api.get("/api/missions/" + mission + "/members?asOf=2021-11-01").json().size()).isZero();
		assertThat(api.get("/api/journal?subject=" + member).text()).contains("accreditation.withdrawn");
	}

	@Test
	void onlyAnActiveAccreditationCanBeWithdrawn() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String request = fixtures.request(mission, "2021-01-01");

		assertThatThrownBy(() -> management.withdraw(UUID.fromString(request),
				OffsetDateTime.parse("2021-11-01T00:00:00+01:00"), LocalDate.parse("2021-10-31"), null))
			.isInstanceOfSatisfying(ProblemException.class,
					e -> assertThat(e.kind()).isEqualTo(RegistryProblems.NOT_PENDING));
		assertThat(api.get("/api/accreditations/" + request).json().path("status").asString()).isEqualTo("REQUESTED");
	}
}
