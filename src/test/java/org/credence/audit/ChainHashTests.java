package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

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
