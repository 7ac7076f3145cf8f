package org.credence.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Instants written by hand as the ISO pattern writes them, whatever the offset, the fraction or the rounding. */
class HostTimeTests {

	private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

	@Test
	void inTheReceivingPartysOffsetSummerAndWinter() {
		assertThat(HostTime.write(OffsetDateTime.parse("2021-10-31T22:30:00Z"), VIENNA)).isEqualTo("2021-10-31T23:30:00+01:00");
		assertThat(HostTime.write(OffsetDateTime.parse("2021-07-01T00:00:00Z"), VIENNA)).isEqualTo("2021-07-01T02:00:00+02:00");
	}

	@Test
	void utcWithItsOffsetAndAZoneBehindUtcWithItsSign() {
		assertThat(HostTime.write(OffsetDateTime.parse("2021-01-02T03:04:05Z"), ZoneId.of("UTC"))).isEqualTo("2021-01-02T03:04:05+00:00");
		assertThat(HostTime.write(OffsetDateTime.parse("2021-01-02T03:04:05Z"), ZoneId.of("America/St_Johns")))
			.isEqualTo("2021-01-01T23:34:05-03:30");
	}

	@Test
	void toTheMicrosecondRoundedAndNoFractionWhenZero() {
		assertThat(HostTime.write(OffsetDateTime.parse("2021-10-06T10:00:00.000123Z"), VIENNA))
			.isEqualTo("2021-10-06T12:00:00.000123+02:00");
		assertThat(HostTime.write(OffsetDateTime.parse("2021-10-06T10:00:00.1234565Z"), VIENNA))
			.isEqualTo("2021-10-06T12:00:00.123457+02:00");
		assertThat(HostTime.write(OffsetDateTime.parse("2021-10-06T10:00:59.9999996Z"), VIENNA))
			.isEqualTo("2021-10-06T12:01:00+02:00");
	}

	@Test
	void aYearOfMoreThanFourDigitsAsThePatternWritesIt() {
		assertThat(HostTime.write(OffsetDateTime.parse("+10000-01-01T00:00:00Z"), ZoneId.of("UTC")))
			.isEqualTo("+10000-01-01T00:00:00+00:00");
	}
}
