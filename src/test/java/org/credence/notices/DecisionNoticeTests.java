package org.credence.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.decisions.DecisionAdopted;
import org.credence.decisions.Proceedings;
import org.credence.host.Host;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** Who is told what as a council decision goes through the silence procedure, and who is not. */
@CredenceTest
class DecisionNoticeTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Host host;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Proceedings proceedings;

	Inboxes inboxes;

	TestAccounts.User proposer;

	TestAccounts.User officer;

	String mission;

	@BeforeEach
	void council() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		inboxes = new Inboxes(accounts, host, api);
		proposer = accounts.user(Role.PROTOCOL_OFFICER);
		officer = accounts.user(Role.PROTOCOL_OFFICER);
		mission = fixtures.mission("RUS", "2017-01-01");
	}

	@Test
	void aCirculatedDecisionIsNoticedByEveryDelegateOfEveryStateAskedAndTheProposerOnly() {
		TestAccounts.User secondFrench = accounts.user(Role.MEMBER_STATE_DELEGATE, null, "FRA");
		TestAccounts.User swedish = accounts.user(Role.MEMBER_STATE_DELEGATE, null, "SWE");
		TestAccounts.User executive = accounts.user(Role.EXECUTIVE);

		String decision = inboxes.circulated(proposer, mission, "2021-10-20T12:00");

		for (TestAccounts.User told : List.of(inboxes.delegate("FRA"), secondFrench, inboxes.delegate("DEU"), proposer)) {
			List<JsonNode> notices = inboxes.about(told, decision);
			assertThat(notices).as(told.name()).hasSize(1);
			assertThat(notices.get(0).path("kind").asString()).isEqualTo("CIRCULATED");
			assertThat(notices.get(0).path("parameters").path("deadline").asString()).isEqualTo("2021-10-20T12:00+02:00");
			assertThat(notices.get(0).path("text").asString()).isEqualTo(
					"A council decision was circulated to the member states; they answer by 20 October 2021, 12:00 Brussels time.");
			assertThat(notices.get(0).path("createdAt").asString()).isEqualTo("2021-10-06T10:00:00+02:00");
			assertThat(notices.get(0).path("readAt").isNull()).isTrue();
		}
		// Sweden joined in 2024: not asked in 2021. Protocol officers and the executive hear of the outcome only.
		for (TestAccounts.User untold : List.of(swedish, officer, executive)) {
			assertThat(inboxes.about(untold, decision)).as(untold.name()).isEmpty();
		}
	}

	@Test
	void adoptionByConcurrenceIsNoticedByTheProposerTheProtocolOfficersAndTheDelegatesThenItsApplication() {
		List<String> members = inboxes.membersOn("2021-10-06");
		String decision = inboxes.circulated(proposer, mission, "2021-10-20T12:00");

		members.forEach(state -> assertThat(inboxes.answer(state, decision, "CONCUR").status()).isEqualTo(200));

		for (TestAccounts.User told : List.of(proposer, officer, inboxes.delegate("ALB"), inboxes.delegate("USA"))) {
			JsonNode adopted = inboxes.about(told, decision).stream()
				.filter(n -> n.path("kind").asString().equals("ADOPTED"))
				.findFirst()
				.orElseThrow(() -> new AssertionError(told.name() + " was not told of the adoption"));
			assertThat(adopted.path("parameters").path("by").asString()).isEqualTo("CONCURRENCE");
			assertThat(adopted.path("text").asString()).isEqualTo("A decision was adopted by the concurrence of every member state.");
		}
		// Effective when adopted: the poller's next round applies it.
		assertThat(inboxes.kinds(officer, decision)).containsExactlyInAnyOrder("ADOPTED");
		proceedings.applyDue();
		assertThat(inboxes.kinds(officer, decision)).containsExactlyInAnyOrder("ADOPTED", "APPLIED");
		assertThat(inboxes.kinds(proposer, decision)).containsExactlyInAnyOrder("CIRCULATED", "ADOPTED", "APPLIED");
		assertThat(inboxes.kinds(inboxes.delegate("FRA"), decision)).containsExactlyInAnyOrder("CIRCULATED", "ADOPTED",
				"APPLIED");
	}

	@Test
	void adoptionBySilenceIsNoticedOnceTheDeadlineHasPassed() {
		String decision = inboxes.circulated(proposer, mission, "2021-10-20T12:00");
		inboxes.answer("FRA", decision, "CONCUR");
		assertThat(inboxes.kinds(officer, decision)).isEmpty();

		clock.set(Instant.parse("2021-10-20T10:00:00Z"));
		assertThat(api.get("/api/decisions/" + decision).json().path("status").asString()).isEqualTo("ADOPTED");

		List<JsonNode> notices = inboxes.about(officer, decision);
		assertThat(notices).extracting(n -> n.path("kind").asString()).contains("ADOPTED").doesNotContain("NOT_ADOPTED");
		assertThat(notices.stream().filter(n -> n.path("kind").asString().equals("ADOPTED")).toList()).singleElement()
			.satisfies(n -> assertThat(n.path("parameters").path("by").asString()).isEqualTo("SILENCE"));
		assertThat(inboxes.kinds(inboxes.delegate("DEU"), decision)).contains("CIRCULATED", "ADOPTED");
	}

	@Test
	void aBreakOfSilenceIsNoticedAsNotAdoptedNamingTheState() {
		String decision = inboxes.circulated(proposer, mission, "2021-10-20T12:00");

		assertThat(inboxes.answer("DEU", decision, "BREAK_SILENCE").status()).isEqualTo(200);

		for (TestAccounts.User told : List.of(proposer, officer, inboxes.delegate("DEU"), inboxes.delegate("ITA"))) {
			List<JsonNode> outcome = inboxes.about(told, decision).stream()
				.filter(n -> !n.path("kind").asString().equals("CIRCULATED"))
				.toList();
			assertThat(outcome).as(told.name()).singleElement().satisfies(n -> {
				assertThat(n.path("kind").asString()).isEqualTo("NOT_ADOPTED");
				assertThat(n.path("text").asString()).isEqualTo("A council decision was not adopted: Germany broke silence.");
			});
		}
	}

	@Test
	void aLaterDeadlineAndAWithdrawalAreNoticedByTheStatesStillAsked() {
		String decision = inboxes.circulated(proposer, mission, "2021-10-20T12:00");
		inboxes.answer("FRA", decision, "CONCUR");

		assertThat(inboxes.as(proposer).post("/api/decisions/" + decision + "/deadline",
				Fixtures.json("deadline", "2021-10-27T12:00")).status()).isEqualTo(200);
		assertThat(inboxes.kinds(inboxes.delegate("ITA"), decision)).containsExactlyInAnyOrder("CIRCULATED",
				"DEADLINE_EXTENDED");
		assertThat(inboxes.kinds(inboxes.delegate("FRA"), decision)).containsExactly("CIRCULATED");

		assertThat(inboxes.as(proposer).post("/api/decisions/" + decision + "/withdrawal", "").status()).isEqualTo(200);
		assertThat(inboxes.kinds(inboxes.delegate("ITA"), decision)).contains("WITHDRAWN");
		assertThat(inboxes.kinds(officer, decision)).isEmpty();
	}

	@Test
	void noticesAreWrittenInTheTransactionOfTheStepAndRolledBackWithIt() {
		String decision = inboxes.circulated(proposer, mission, "2021-10-20T12:00");
		DecisionAdopted adopted = new DecisionAdopted(UUID.fromString(decision), proposer.name(), List.of("FRA"),
				DecisionAdopted.By.SILENCE);

		transaction.executeWithoutResult(status -> {
			events.publishEvent(adopted);
			status.setRollbackOnly();
		});
		assertThat(inboxes.kinds(proposer, decision)).containsExactly("CIRCULATED");

		transaction.executeWithoutResult(status -> events.publishEvent(adopted));
		assertThat(inboxes.kinds(proposer, decision)).containsExactlyInAnyOrder("CIRCULATED", "ADOPTED");
	}
}
