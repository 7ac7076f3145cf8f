package org.credence.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.MutableClock;

/** A forum like the NATO–Russia Council: its meetings, and a proposal whose answer has long been awaited. */
@CredenceTest
class DialogueTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	String forum;

	@BeforeEach
	void aCouncilBetweenTheReceivingPartyAndRussia() {
		clock.set(Instant.parse("2021-06-01T08:00:00Z"));
		Api.Response created = api.post("/api/forums", json("name", "Council " + UUID.randomUUID(), "establishedOn",
				"2002-05-28", "participants", List.of("HOST", "RUS"), "classification", "NATO UNCLASSIFIED"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		forum = created.json().path("id").asString();
	}

	@Test
	void theBallIsInTheAwaitedPartysCourtAndTheWaitIsCounted() {
		meeting("2016-04-20");
		meeting("2019-07-05");
		String proposal = api.post("/api/forums/" + forum + "/proposals", json("proposedBy", "HOST", "proposedOn",
				"2020-02-03", "awaiting", "RUS", "topics", "Risk reduction", "classification", "NATO UNCLASSIFIED"))
			.json().path("proposal").path("id").asString();

		JsonNode view = api.get("/api/forums/" + forum).json();

		assertThat(view.path("lastMeeting").path("heldOn").asString()).isEqualTo("2019-07-05");
		assertThat(view.path("meetings").findValuesAsString("heldOn")).containsExactly("2019-07-05", "2016-04-20");
		JsonNode pending = view.path("proposals").get(0);
		assertThat(pending.path("proposal").path("id").asString()).isEqualTo(proposal);
		assertThat(pending.path("proposal").path("awaiting").asString()).isEqualTo("RUS");
		assertThat(pending.path("proposal").path("status").asString()).isEqualTo("PROPOSED");
		assertThat(pending.path("daysWaiting").asLong()).isEqualTo(484);

		clock.set(Instant.parse("2022-01-20T08:00:00Z"));
		JsonNode accepted = api.post("/api/forums/" + forum + "/proposals/" + proposal + "/answer",
				json("status", "ACCEPTED", "on", "2021-12-30")).json();
		assertThat(accepted.path("proposal").path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.path("daysWaiting").asLong()).isEqualTo(696);
		assertThat(api.get("/api/journal?subject=" + forum).json().path("entries").findValuesAsString("action"))
			.contains("forum.established", "forum.met", "forum.meeting-proposed", "forum.meeting-proposal-answered");
	}

	@Test
	void aProposalIsAnsweredOnceByAnOutcomeAfterItWasMade() {
		String proposal = api.post("/api/forums/" + forum + "/proposals", json("proposedBy", "RUS", "proposedOn",
				"2021-01-10", "awaiting", "HOST", "topics", "Exercises", "classification", "NATO UNCLASSIFIED"))
			.json().path("proposal").path("id").asString();
		String answer = "/api/forums/" + forum + "/proposals/" + proposal + "/answer";

		assertThat(assertInvalid(api.post(answer, json("status", "PROPOSED", "on", "2021-01-01"))))
			.containsOnlyKeys("status", "on");
		assertThat(api.post(answer, json("status", "DECLINED", "on", "2021-02-01")).status()).isEqualTo(200);
		assertProblem(api.post(answer, json("status", "ACCEPTED", "on", "2021-02-02")), 409,
				"/problems/meeting-proposal-answered");
		assertProblem(api.post("/api/forums/" + forum + "/proposals/" + UUID.randomUUID() + "/answer",
				json("status", "ACCEPTED", "on", "2021-02-02")), 404, "/problems/not-found");
	}

	@Test
	void badFieldsAreNamedAndNothingIsWritten() {
		String name = api.get("/api/forums/" + forum).json().path("forum").path("name").asString();
		int before = api.get("/api/forums").json().size();

		assertThat(assertInvalid(api.post("/api/forums", json("name", name, "establishedOn", "2030-01-01",
				"participants", List.of("HOST", "XYZ"), "classification", "NATO UNCLASSIFIED"))))
			.containsOnlyKeys("name", "participants[1]", "establishedOn");
		assertThat(assertInvalid(api.post("/api/forums", json("name", "Alone", "participants", List.of("HOST", "HOST"),
				"classification", "NATO UNCLASSIFIED"))))
			.containsOnlyKeys("participants");
		assertThat(assertInvalid(api.post("/api/forums/" + forum + "/proposals", json("proposedBy", "HOST",
				"proposedOn", "2021-01-10", "awaiting", "CHN", "topics", "t", "classification", "NATO UNCLASSIFIED"))))
			.containsOnlyKeys("awaiting");
		assertProblem(api.post("/api/forums/" + UUID.randomUUID() + "/meetings", json("heldOn", "2021-01-01", "level",
				"Ambassadors", "topics", "t", "classification", "NATO UNCLASSIFIED")), 404, "/problems/not-found");
		assertThat(api.get("/api/forums").json().size()).isEqualTo(before);
		assertThat(api.get("/api/forums/" + forum).json().path("proposals").size()).isZero();
	}

	private void meeting(String heldOn) {
		Api.Response response = api.post("/api/forums/" + forum + "/meetings", json("heldOn", heldOn, "level",
				"Ambassadors", "topics", "Ukraine; transparency and risk reduction", "classification", "NATO UNCLASSIFIED"));
		assertThat(response.status()).as(response.text()).isEqualTo(201);
	}
}
