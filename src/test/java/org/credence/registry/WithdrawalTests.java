package org.credence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.problem.ProblemException;
import org.credence.registry.accreditation.Departures;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The receiving party withdraws an accreditation: it ends at the effective instant, with a departure
 * deadline; a departure not confirmed by then is overdue.
 */
@CredenceTest
class WithdrawalTests {

	@Autowired
	Departures departures;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

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

		departures.withdraw(UUID.fromString(member), OffsetDateTime.parse("2021-11-01T00:00:00+01:00"),
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

		assertThatThrownBy(() -> departures.withdraw(UUID.fromString(request),
				OffsetDateTime.parse("2021-11-01T00:00:00+01:00"), LocalDate.parse("2021-10-31"), null))
			.isInstanceOfSatisfying(ProblemException.class,
					e -> assertThat(e.kind()).isEqualTo(RegistryProblems.NOT_PENDING));
		assertThat(api.get("/api/accreditations/" + request).json().path("status").asString()).isEqualTo("REQUESTED");
	}

	@Test
	void aDepartureNotConfirmedByTheDeadlineIsOverdueUntilConfirmed() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String member = fixtures.member(mission, "2021-01-01");
		departures.withdraw(UUID.fromString(member), OffsetDateTime.parse("2021-11-01T00:00:00+01:00"),
				LocalDate.parse("2021-10-31"), null);
		Api otherMission = api.as(accounts.user(Role.MISSION_ADMINISTRATOR,
				UUID.fromString(fixtures.mission("RUS", "2017-01-01")), null).token());

		assertThat(overdue(api)).doesNotContain(member);
		clock.set(Instant.parse("2021-11-02T10:00:00Z"));
		assertThat(overdue(api)).contains(member);
		assertThat(overdue(otherMission)).doesNotContain(member);

		assertProblem(confirm(member, "2021-11-03"), 422, "/problems/invalid-dates");
		JsonNode confirmed = confirm(member, "2021-10-30").json();
		assertThat(confirmed.path("departedOn").asString()).isEqualTo("2021-10-30");
		assertThat(overdue(api)).doesNotContain(member);
		assertProblem(confirm(member, "2021-10-30"), 409, "/problems/request-not-pending");
		assertThat(api.get("/api/journal?subject=" + member).text()).contains("accreditation.departure-confirmed");
	}

	private Api.Response confirm(String accreditation, String departedOn) {
		return api.post("/api/accreditations/" + accreditation + "/departure-confirmation",
				Fixtures.json("departedOn", departedOn));
	}

	private static List<String> overdue(Api caller) {
		return caller.get("/api/departures/overdue").json().findValuesAsString("id");
	}
}
