package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The canonical encoding is a contract with every verifier, including ones outside this code base. */
class ChainHashTests {

	private static final JournalEntry ENTRY = new JournalEntry(7, null, Instant.parse("2021-10-06T10:00:00Z"),
			"anonymous", "mission.established", "mission", "7b3c0f6e-0000-4000-8000-000000000001",
			"{\"name\":\"Mission permanente de la Fédération de Russie\"}", null, null);

	@Test
	void theHashIsTheDocumentedEncodingComputedElsewhere() {
		// Computed with Python's hashlib from the encoding documented on ChainHash, not with this code.
		assertThat(ChainHash.of(ENTRY, 1, ChainHash.GENESIS))
			.isEqualTo("3df89656b8970d0587e4f240246b376300ff79ad971241c09d6eb5b62a1277b2");
	}

	@Test
	void timesAreUtcWithExactlySixFractionalDigits() {
		assertThat(ChainHash.time(Instant.parse("2021-10-06T10:00:00Z"))).isEqualTo("2021-10-06T10:00:00.000000Z");
		assertThat(ChainHash.time(Instant.parse("2021-10-31T23:00:00.123456Z"))).isEqualTo("2021-10-31T23:00:00.123456Z");
	}

	@Test
	void timesReadInBinaryFromTheDatabaseAreWrittenAsTheFormatterWritesThem() {
		Random random = new Random(2021);
		List<Instant> instants = new ArrayList<>(List.of(Instant.parse("2000-01-01T00:00:00Z"),
				Instant.parse("1999-12-31T23:59:59.999999Z"), Instant.parse("2000-02-29T12:00:00.000001Z"),
				Instant.parse("1900-03-01T00:00:00Z"), Instant.parse("1970-01-01T00:00:00Z"),
				Instant.parse("2100-02-28T23:59:59.5Z"),
				// A day kept, a time written whole, then the day kept before: its date is written again.
				Instant.parse("2021-10-06T10:00:00Z"), Instant.parse("0999-12-31T23:59:59Z"),
				Instant.parse("2021-10-06T10:00:01Z"), Instant.parse("+10000-01-01T00:00:00Z"),
				Instant.parse("2021-10-06T10:00:02Z")));
		for (int i = 0; i < 100_000; i++) {
			instants.add(Instant.EPOCH.plus(random.nextLong(-70L * 365 * 86_400_000_000L, 200L * 365 * 86_400_000_000L),
					ChronoUnit.MICROS));
		}
		instants.addAll(instants.stream().sorted().toList());
		byte[] into = new byte[64];
		long[] day = { EntryTime.NO_DAY };
		for (Instant instant : instants) {
			int length = EntryTime.write(postgresMicros(instant), into, day);

			assertThat(new String(into, 0, length, StandardCharsets.US_ASCII)).as("%s", instant)
				.isEqualTo(ChainHash.time(instant));
		}
	}

	@Test
	void aTimeTheFormatterCannotWriteIsStillWrittenAndTheNextDateAgain() {
		byte[] into = new byte[64];
		long[] day = { EntryTime.NO_DAY };
		Instant today = Instant.parse("2021-10-06T10:00:00Z");
		EntryTime.write(postgresMicros(today), into, day);

		assertThat(new String(into, 0, EntryTime.write(Long.MAX_VALUE, into, day), StandardCharsets.US_ASCII))
			.isEqualTo("infinity");
		assertThat(new String(into, 0, EntryTime.write(postgresMicros(today), into, day), StandardCharsets.US_ASCII))
			.isEqualTo("2021-10-06T10:00:00.000000Z");
	}

	private static long postgresMicros(Instant instant) {
		long postgresEpoch = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond() * 1_000_000L;
		return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000 - postgresEpoch;
	}

	@Test
	void everyFieldAndThePreviousHashAreCovered() {
		String hash = ChainHash.of(ENTRY, 1, ChainHash.GENESIS);

		assertThat(ChainHash.of(ENTRY, 2, ChainHash.GENESIS)).isNotEqualTo(hash);
		assertThat(ChainHash.of(ENTRY, 1, "1".repeat(64))).isNotEqualTo(hash);
		assertThat(ChainHash.of(new JournalEntry(8, null, ENTRY.recordedAt(), ENTRY.actor(), ENTRY.action(),
				ENTRY.subjectType(), ENTRY.subjectId(), ENTRY.change(), null, null), 1, ChainHash.GENESIS)).isNotEqualTo(hash);
		assertThat(ChainHash.of(new JournalEntry(7, null, ENTRY.recordedAt().plusNanos(1000), ENTRY.actor(),
				ENTRY.action(), ENTRY.subjectType(), ENTRY.subjectId(), ENTRY.change(), null, null), 1, ChainHash.GENESIS))
			.isNotEqualTo(hash);
		assertThat(ChainHash.of(new JournalEntry(7, null, ENTRY.recordedAt(), "someone", ENTRY.action(),
				ENTRY.subjectType(), ENTRY.subjectId(), ENTRY.change(), null, null), 1, ChainHash.GENESIS)).isNotEqualTo(hash);
		assertThat(ChainHash.of(new JournalEntry(7, null, ENTRY.recordedAt(), ENTRY.actor(), ENTRY.action(),
				ENTRY.subjectType(), ENTRY.subjectId(), "{\"name\":\"Other\"}", null, null), 1, ChainHash.GENESIS))
			.isNotEqualTo(hash);
	}

	@Test
	void fieldsCannotBleedIntoEachOther() {
		// Without length prefixes, moving a character from the action to the subject type would hash the same.
		JournalEntry shifted = new JournalEntry(7, null, ENTRY.recordedAt(), ENTRY.actor(), "mission.establishedm",
				"ission", ENTRY.subjectId(), ENTRY.change(), null, null);

		assertThat(ChainHash.of(shifted, 1, ChainHash.GENESIS)).isNotEqualTo(ChainHash.of(ENTRY, 1, ChainHash.GENESIS));
	}
}
