package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;
import org.credence.support.Scrape;

/** Decisions due and applied as a scraper reads them: due once their instant comes, counted once applied. */
@CredenceTest
class DecisionMetricsTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	DecisionEnactment enactment;

	@Autowired
	MutableClock clock;

	@Test
	void anAdoptedDecisionIsDueAtItsInstantAndCountedOnceApplied() {
		// Years after every other test's decisions: those are all due now, and applied here first.
		clock.set(Instant.parse("2031-03-01T10:00:00Z"));
		enactment.applyDue();
		String member = fixtures.member(fixtures.mission("RUS", "2017-01-01"), "2031-01-10");
		Api.Response drafted = api.post("/api/decisions", json("grounds", "Conduct", "classification", "NATO UNCLASSIFIED",
				"effectiveDate", "2031-03-03", "acts", List.of(Map.of("kind", "WITHDRAW", "accreditationId", member,
						"departureDeadline", "2031-03-17"))));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		assertThat(api.as(accounts.user(Role.EXECUTIVE).token()).post("/api/decisions/" + drafted.id() + "/signature", "")
			.status()).isEqualTo(200);
		Scrape adopted = Scrape.of(api);
		assertThat(adopted.value("credence_decisions_due")).as("adopted, not yet due").isZero();
		double appliedBefore = adopted.value("credence_decisions_applied_total");

		clock.set(Instant.parse("2031-03-03T12:00:00Z"));
		assertThat(Scrape.of(api).value("credence_decisions_due")).isEqualTo(1);

		assertThat(enactment.applyDue()).isEqualTo(1);
		Scrape applied = Scrape.of(api);
		assertThat(applied.value("credence_decisions_due")).isZero();
		assertThat(applied.value("credence_decisions_applied_total")).isEqualTo(appliedBefore + 1);
	}
}
