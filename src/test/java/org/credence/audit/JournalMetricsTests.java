package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;
import org.credence.support.Scrape;

/** The sealer's lag as a scraper reads it: entries written and not sealed, and how long the oldest has waited. */
@CredenceTest
class JournalMetricsTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JournalSealer sealer;

	@Autowired
	MutableClock clock;

	@Test
	void entriesWaitingForTheSealerShowUntilItSealsThem() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		sealer.sealPending();
		Scrape caughtUp = Scrape.of(api);
		assertThat(caughtUp.value("credence_journal_unsealed_entries")).isZero();
		assertThat(caughtUp.value("credence_journal_unsealed_age_seconds")).isZero();

		fixtures.mission("NOR", "2017-01-01");
		clock.set(Instant.parse("2021-10-06T10:01:30Z"));
		Scrape lagging = Scrape.of(api);
		assertThat(lagging.value("credence_journal_unsealed_entries")).isPositive();
		assertThat(lagging.value("credence_journal_unsealed_age_seconds")).isEqualTo(90.0);

		sealer.sealPending();
		Scrape sealed = Scrape.of(api);
		assertThat(sealed.value("credence_journal_unsealed_entries")).isZero();
		assertThat(sealed.value("credence_journal_unsealed_age_seconds")).isZero();
	}
}
