package org.credence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;
import static org.credence.support.ProblemAssertions.assertProblem;
import static org.credence.support.ProblemAssertions.errors;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** requested → active | refused, once; active → ended by departure; a refusal gives its reason. */
@CredenceTest
class RequestDecisionTests {

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
	void anApprovedRequestCannotBeDecidedAgain() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String member = fixtures.member(mission, "2021-10-01");

		JsonNode approved = assertProblem(approve(member), 409, "/problems/request-not-pending");
		JsonNode refused = assertProblem(refuse(member, "Too late"), 409, "/problems/request-not-pending");

		assertThat(approved.path("detail").asString()).isEqualTo("The request has already been decided: it is ACTIVE.");
		assertThat(approved.path("accreditationStatus").asString()).isEqualTo("ACTIVE");
		assertThat(refused.path("detail").asString()).isEqualTo("The request has already been decided: it is ACTIVE.");
		assertThat(status(member)).isEqualTo("ACTIVE");
		assertThat(events(mission, member)).isEqualTo(2);
	}

	@Test
	void aRefusedRequestCannotBeApprovedLater() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String request = fixtures.request(mission, "2021-10-01");
		assertThat(refuse(request, "Not acceptable to the receiving party").status()).isEqualTo(200);

		JsonNode problem = assertProblem(approve(request), 409, "/problems/request-not-pending");

		assertThat(problem.path("detail").asString()).isEqualTo("The request has already been decided: it is REFUSED.");
		assertThat(status(request)).isEqualTo("REFUSED");
		assertThat(api.get("/api/missions/" + mission + "/strength?asOf=2021-10-05").json().path("held").asInt()).isZero();
	}

	@Test
	void aRefusalNeedsAReason() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String request = fixtures.request(mission, "2021-10-01");

		assertThat(assertInvalid(api.post("/api/accreditations/" + request + "/refusal", "{}")))
			.containsExactly(Map.entry("reason", "must not be blank"));
		assertThat(assertInvalid(refuse(request, "   "))).containsExactly(Map.entry("reason", "must not be blank"));
		assertProblem(api.post("/api/accreditations/" + request + "/refusal", ""), 400, "/problems/malformed-request");

		assertThat(status(request)).isEqualTo("REQUESTED");
		assertThat(api.get("/api/missions/" + mission + "/requests").json().size()).isEqualTo(1);
	}

	@Test
	void aRefusalKeepsItsReasonAndTheRequestLeavesThePendingList() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String request = fixtures.request(mission, "2021-10-01");

		Api.Response refused = refuse(request, "Undeclared intelligence officer");

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.json().path("status").asString()).isEqualTo("REFUSED");
		assertThat(api.get("/api/missions/" + mission + "/requests").json().size()).isZero();
		JsonNode history = api.get("/api/missions/" + mission + "/history").json();
		JsonNode last = history.get(history.size() - 1);
		assertThat(last.path("kind").asString()).isEqualTo("REFUSED");
		assertThat(last.path("reason").asString()).isEqualTo("Undeclared intelligence officer");
	}

	@Test
	void anApprovalWithoutBodyStartsOnTheArrivalDate() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String request = fixtures.request(mission, "2021-10-01");

		Api.Response approved = api.post("/api/accreditations/" + request + "/approval", "");

		assertThat(approved.status()).as(approved.text()).isEqualTo(200);
		assertThat(approved.json().path("start").asString()).isEqualTo("2021-10-01T00:00:00+02:00");
		assertThat(approved.json().path("requestedStart").asString()).isEqualTo("2021-10-01T00:00:00+02:00");
	}

	@Test
	void aCredentialNumberIsIssuedOnce() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String number = "NATO-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(api.post("/api/accreditations/" + fixtures.request(mission, "2021-10-01") + "/approval",
				json("credentialNumber", number, "credentialExpiresOn", "2022-10-01")).status()).isEqualTo(200);
		String second = fixtures.request(mission, "2021-10-01");

		JsonNode problem = assertProblem(api.post("/api/accreditations/" + second + "/approval",
				json("credentialNumber", number)), 409, "/problems/duplicate");

		assertThat(errors(problem)).containsExactly(Map.entry("credentialNumber", "is already issued to another accreditation"));
		assertThat(status(second)).isEqualTo("REQUESTED");
		assertThat(events(mission, second)).isEqualTo(1);
	}

	@Test
	void onlyAnActiveAccreditationEndsByDeparture() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String request = fixtures.request(mission, "2021-10-01");

		JsonNode problem = assertProblem(api.post("/api/accreditations/" + request + "/departure",
				json("departureDate", "2021-10-31")), 409, "/problems/request-not-pending");

		assertThat(problem.path("detail").asString())
			.isEqualTo("Only an active accreditation can end by departure; this one is REQUESTED.");
		assertThat(status(request)).isEqualTo("REQUESTED");
	}

	@Test
	void aDepartureEndsTheAccreditationOnThatDay() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String member = fixtures.member(mission, "2021-03-01");

		Api.Response departed = api.post("/api/accreditations/" + member + "/departure",
				json("departureDate", "2021-10-31", "reason", "Withdrawn by NATO"));

		assertThat(departed.status()).as(departed.text()).isEqualTo(200);
		assertThat(departed.json().path("status").asString()).isEqualTo("ENDED");
		assertThat(departed.json().path("end").asString()).isEqualTo("2021-10-31T00:00:00+02:00");
		assertThat(assertProblem(api.post("/api/accreditations/" + member + "/departure",
				json("departureDate", "2021-11-30")), 409, "/problems/request-not-pending").path("detail").asString())
			.isEqualTo("Only an active accreditation can end by departure; this one is ENDED.");
		assertThat(api.get("/api/missions/" + mission + "/strength?asOf=2021-10-30").json().path("held").asInt()).isEqualTo(1);
		assertThat(api.get("/api/missions/" + mission + "/strength?asOf=2021-10-31").json().path("held").asInt()).isZero();
	}

	private Api.Response approve(String request) {
		return api.post("/api/accreditations/" + request + "/approval", "{}");
	}

	private Api.Response refuse(String request, String reason) {
		return api.post("/api/accreditations/" + request + "/refusal", json("reason", reason));
	}

	private String status(String accreditation) {
		return api.get("/api/accreditations/" + accreditation).json().path("status").asString();
	}

	private long events(String mission, String accreditation) {
		int count = 0;
		for (JsonNode entry : api.get("/api/missions/" + mission + "/history").json()) {
			if (accreditation.equals(entry.path("accreditationId").asString())) {
				count++;
			}
		}
		return count;
	}
}
