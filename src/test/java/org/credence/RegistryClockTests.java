package org.credence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The registry's clock stands in the past only for the thread loading the demo, then follows real time for good. */
class RegistryClockTests {

	private static final Instant PRESENT = Instant.parse("2026-01-15T12:00:00Z");

	private final RegistryClock clock = new RegistryClock(Clock.fixed(PRESENT, ZoneOffset.UTC));

	@Test
	void standsAtAPastInstantUntilReleasedThenNeverAgain() {
		clock.pin(Instant.parse("2018-03-27T08:00:00Z"));
		assertThat(clock.instant()).isEqualTo(Instant.parse("2018-03-27T08:00:00Z"));
		assertThat(clock.withZone(ZoneId.of("Europe/Brussels")).instant()).isEqualTo(clock.instant());
		clock.release();
		assertThat(clock.instant()).isEqualTo(PRESENT);
		assertThatThrownBy(() -> clock.pin(Instant.parse("2018-03-27T08:00:00Z")))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void standsStillForTheLoadingThreadOnly() throws InterruptedException {
		clock.pin(Instant.parse("2021-10-06T08:00:00Z"));
		AtomicReference<Instant> elsewhere = new AtomicReference<>();
		Thread request = new Thread(() -> elsewhere.set(clock.instant()));
		request.start();
		request.join();
		assertThat(elsewhere.get()).isEqualTo(PRESENT);
		assertThat(clock.instant()).isEqualTo(Instant.parse("2021-10-06T08:00:00Z"));
	}

	@Test
	void aReleaseFromAnotherThreadEndsEveryPin() throws InterruptedException {
		clock.pin(Instant.parse("2018-03-27T08:00:00Z"));
		Thread startUp = new Thread(clock::release);
		startUp.start();
		startUp.join();
		assertThat(clock.instant()).isEqualTo(PRESENT);
	}

	@Test
	void neverStandsInTheFuture() {
		assertThatThrownBy(() -> clock.pin(PRESENT.plusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
		assertThat(clock.instant()).isEqualTo(PRESENT);
	}
}
