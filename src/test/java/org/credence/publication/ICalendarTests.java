package org.credence.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The iCalendar text rules (RFC 5545, 3.1 and 3.3.11) on values that need them. */
class ICalendarTests {

	@Test
	void textIsEscapedAndLongLinesAreFoldedWithoutSplittingACharacter() {
		String summary = "Décision du conseil 2021-7 (plafond 10, 8 retraits); \\ fin\nsuite — Mission de la Fédération de Russie";
		String calendar = ICalendar.of("Échéances", Instant.parse("2021-10-06T10:00:00Z"), List.of(new ICalendar.Event(
				"decision-1@credence", OffsetDateTime.parse("2021-11-01T00:00:00+01:00"), summary, null)));

		assertThat(calendar.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
			.isLessThanOrEqualTo(75));
		assertThat(calendar).doesNotContain("\uFFFD");
		assertThat(calendar.replace("\r\n ", "")).contains("DTSTART:20211031T230000Z", "DTSTAMP:20211006T100000Z",
				"SUMMARY:Décision du conseil 2021-7 (plafond 10\\, 8 retraits)\\; \\\\ fin\\nsuite — Mission de la Fédération de Russie\r\n");
	}
}
