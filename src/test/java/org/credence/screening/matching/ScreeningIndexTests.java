package org.credence.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Among many listed subjects, a query finds the right one through keys of its words, not a scan. */
class ScreeningIndexTests {

	private static final String[] GIVEN = { "Sergey", "Ivan", "Anatoliy", "Yevgeniy", "Ali", "Mohammed", "Igor",
			"Viktor", "Olga", "Natalia", "Ruslan", "Abdul", "Hassan", "Kim", "Nikolai", "Dmitry", "Aleksandr", "Fatima" };

	private static final String[] FAMILY = { "Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev",
			"Kozlov", "Novikov", "Morozov", "Al-Rawi", "Haqqani", "Rahman", "Ri", "Pak", "Kovalenko", "Bondarenko" };

	private static ScreeningIndex index;

	@BeforeAll
	static void manySubjectsAndAFewToFind() {
		List<Subject> subjects = new ArrayList<>();
		Random random = new Random(12);
		for (int i = 0; i < 20_000; i++) {
			String name = FAMILY[random.nextInt(FAMILY.length)] + ", " + GIVEN[random.nextInt(GIVEN.length)] + " "
					+ GIVEN[random.nextInt(GIVEN.length)] + "ovich";
			subjects.add(person("g" + i, List.of(new ListedName(name, NameKind.PRIMARY)), List.of()));
		}
		subjects.add(person("21171", List.of(new ListedName("PRIGOZHIN, Yevgeniy Viktorovich", NameKind.PRIMARY)),
				List.of()));
		subjects.add(person("26171", List.of(new ListedName("BOSHIROV, Ruslan", NameKind.PRIMARY),
				new ListedName("CHEPIGA, Anatoliy Vladimirovich", NameKind.STRONG_ALIAS)), List.of()));
		subjects.add(person("7001", List.of(new ListedName("SOKOLOV, Igor", NameKind.PRIMARY)),
				List.of(DateSpan.day(LocalDate.of(1961, 2, 3)))));
		subjects.add(person("7002", List.of(new ListedName("SOKOLOV, Igor", NameKind.PRIMARY)),
				List.of(DateSpan.day(LocalDate.of(1974, 9, 12)))));
		subjects.add(new Subject("ofac-sdn", "306", SubjectKind.ENTITY,
				List.of(new ListedName("BANCO NACIONAL DE CUBA", NameKind.PRIMARY)), List.of(), Set.of(), null));
		index = ScreeningIndex.of(subjects);
	}

	@Test
	void aFrenchTransliterationFindsItsSubjectFirst() {
		List<Match> matches = index.screen(Query.name("Evgueni Prigojine"), NameMatcher.DEFAULT_THRESHOLD);

		assertThat(matches).isNotEmpty();
		assertThat(matches.get(0).subject().entry()).isEqualTo("21171");
	}

	@Test
	void aNameInCyrillicFindsTheAliasItIs() {
		List<Match> matches = index.screen(Query.name("Чепига Анатолий"), NameMatcher.DEFAULT_THRESHOLD);

		assertThat(matches).extracting(match -> match.subject().entry()).containsExactly("26171");
		assertThat(matches.get(0).matchedName().text()).isEqualTo("CHEPIGA, Anatoliy Vladimirovich");
	}

	@Test
	void theBirthDateSetsApartTwoSubjectsOfTheSameName() {
		Query query = new Query(List.of("Igor Sokolov"), DateSpan.day(LocalDate.of(1974, 9, 12)), null, null);

		List<Match> matches = index.screen(query, NameMatcher.DEFAULT_THRESHOLD);

		// Generated namesakes with a patronymic and no birth date match too, below the one born that day.
		assertThat(matches).extracting(match -> match.subject().entry()).startsWith("7002").doesNotContain("7001");
	}

	@Test
	void matchesComeBestFirstAndNoneBelowTheScoreAskedFor() {
		List<Match> matches = index.screen(Query.name("Sergey Ivanov"), 0.5);

		assertThat(matches).isNotEmpty().hasSizeLessThanOrEqualTo(ScreeningIndex.COMPARED);
		assertThat(matches).allSatisfy(match -> assertThat(match.score()).isGreaterThanOrEqualTo(0.5));
		assertThat(matches).extracting(Match::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void organisationsAreFoundToo() {
		assertThat(index.screen(Query.name("Banco Nacional de Cuba"), NameMatcher.DEFAULT_THRESHOLD))
			.extracting(match -> match.subject().entry())
			.containsExactly("306");
	}

	@Test
	void aNameNoOneBearsFindsNothing() {
		assertThat(index.screen(Query.name("Wolfgang Amadeus Mozart"), NameMatcher.DEFAULT_THRESHOLD)).isEmpty();
	}

	private static Subject person(String entry, List<ListedName> names, List<DateSpan> births) {
		return new Subject("ofac-sdn", entry, SubjectKind.INDIVIDUAL, names, births, Set.of(), null);
	}
}
