package org.credence.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.host.Host;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** The delegates of the states that have not answered are warned once, 48 hours before the deadline. */
@CredenceTest
class DeadlineWarningTests {

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
	DeadlineWarnings warnings;

	Inboxes inboxes;

	TestAccounts.User proposer;

	@BeforeEach
	void council() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		inboxes = new Inboxes(accounts, host, api);
		proposer = accounts.user(Role.PROTOCOL_OFFICER);
	}

	@Test
	void anApproachingDeadlineIsWarnedOnceAndOnlyToTheStatesThatHaveNotAnswered() {
		String decision = inboxes.circulated(proposer, fixtures.mission("RUS", "2017-01-01"), "2021-10-20T12:00");
		inboxes.answer("FRA", decision, "CONCUR");

		// The deadline is 2021-10-20 10:00 UTC: 49 hours before, it is not near yet.
		clock.set(Instant.parse("2021-10-18T09:00:00Z"));
		warnings.warnDue();
		assertThat(inboxes.kinds(inboxes.delegate("DEU"), decision)).containsExactly("CIRCULATED");

		clock.set(Instant.parse("2021-10-18T11:00:00Z"));
		warnings.warnDue();
		clock.set(Instant.parse("2021-10-19T11:00:00Z"));
		warnings.warnDue();

		List<JsonNode> warned = inboxes.about(inboxes.delegate("DEU"), decision).stream()
			.filter(n -> n.path("kind").asString().equals("DEADLINE_APPROACHING"))
			.toList();
		assertThat(warned).singleElement().satisfies(n -> {
			assertThat(n.path("createdAt").asString()).isEqualTo("2021-10-18T13:00:00+02:00");
			assertThat(n.path("text").asString()).isEqualTo("The deadline of a council decision, 20 October 2021, 12:00 "
					+ "Brussels time, is near and your state has not answered yet.");
		});
		assertThat(inboxes.kinds(inboxes.delegate("FRA"), decision)).containsExactly("CIRCULATED");
		assertThat(inboxes.kinds(proposer, decision)).containsExactly("CIRCULATED");
	}

	@Test
	void aLaterDeadlineIsWarnedOfAgainWhenItApproaches() {
		String decision = inboxes.circulated(proposer, fixtures.mission("RUS", "2017-01-01"), "2021-10-07T12:00");
		warnings.warnDue();
		assertThat(inboxes.as(proposer).post("/api/decisions/" + decision + "/deadline",
				Fixtures.json("deadline", "2021-10-15T12:00")).status()).isEqualTo(200);
		warnings.warnDue();

		clock.set(Instant.parse("2021-10-14T09:00:00Z"));
		warnings.warnDue();

		assertThat(inboxes.kinds(inboxes.delegate("NOR"), decision)).containsExactlyInAnyOrder("CIRCULATED",
				"DEADLINE_APPROACHING", "DEADLINE_EXTENDED", "DEADLINE_APPROACHING");
	}
}
