package org.credence.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names as missions and lists write them, in any script and any language's spelling. */
class NameMatcherTests {

	private final NameMatcher matcher = new NameMatcher();

	@Test
	void aNameInCyrillicMatchesItsListedRomanisationInAnotherOrder() {
		Match match = matcher.match(Query.name("Анатолий Владимирович Чепига"), person("CHEPIGA, Anatoliy Vladimirovich"))
			.orElseThrow();

		assertThat(match.score()).isGreaterThanOrEqualTo(0.99);
		assertThat(match.queryName()).isEqualTo("Анатолий Владимирович Чепига");
		assertThat(match.reasons()).contains(new Reason("word-same", List.of("Чепига", "CHEPIGA")),
				new Reason("word-same", List.of("Анатолий", "Anatoliy")));
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Володимир Олександрович Зеленський | ZELENSKYY, Volodymyr Oleksandrovych
			Аляксандр Рыгоравіч Лукашэнка      | LUKASHENKA, Alyaksandr Ryhoravich
			Александар Вучић                   | VUCIC, Aleksandar
			Николай Събев                      | SABEV, Nikolay
			Κυριάκος Μητσοτάκης                | MITSOTAKIS, Kyriakos
			فرناندو بيريز                        | PEREZ, Fernando
			Xi Jinping                         | 习近平
			Aleksandar Vučić                   | VUCIC, Aleksandar
			""")
	void scriptsAndDiacriticsMeetInLatin(String asked, String listed) {
		assertThat(score(asked, listed)).isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Evgueni Prigojine         | PRIGOZHIN, Yevgeniy Viktorovich
			Jewgeni Prigoschin        | PRIGOZHIN, Yevgeniy Viktorovich
			Igor Setchine             | SECHIN, Igor Ivanovich
			Sergueï Tchemezov         | CHEMEZOV, Sergei Viktorovich
			Iouri Kovaltchouk         | KOVALCHUK, Yury Valentinovich
			Wiktor Janukowytsch       | YANUKOVYCH, Viktor Fedorovych
			Jewgeni Jewtuschenko      | YEVTUSHENKO, Yevgeny Aleksandrovich
			Michail Chodorkowski      | KHODORKOVSKIY, Mikhail Borisovich
			Yevgeny Prigozhin         | Евгений Викторович Пригожин
			""")
	void frenchGermanAndEnglishTransliterationsMeet(String asked, String listed) {
		assertThat(score(asked, listed)).isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Anatoliy Chepiga                 | CHEPIGA, Anatoliy
			Sergey Lavrov                    | LAVROV, Sergey Viktorovich
			A. Khamenei                      | Ali Khamenei
			AlisherUsmanov                   | Alisher Usmanov
			Nikolai Patr ushev               | Nikolai Platonovich Patrushev
			Vladim1r Put1n                   | Vladimir Putin
			Sheikh Tamim bin Hamad Al Thani  | Tamim bin Hamad Al Thani
			Usama bin Ladin                  | Osama bin Laden
			""")
	void orderPatronymicsInitialsJoinedWordsDigitsAndHonorificsAreForgiven(String asked, String listed) {
		assertThat(score(asked, listed)).isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
	}

	@ParameterizedTest(name = "{0} is not {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Boris Abramovich                 | Roman Abramovich
			Sergey Ivanovich Lavrov          | LAVROV, Sergey Viktorovich
			Oleksandr Zelenskyy              | Volodymyr Oleksandrovych Zelenskyy
			A. Nazarbayev                    | Nursultan Nazarbayev
			Salman bin Muhammad Al-Rawi      | Muhammad bin Salman Al-Rawi
			习近朋                            | 习近平
			Mark Zuckermann                  | Mark Zuckerberg
			""")
	void aDifferentNameInTheSamePlaceIsAnotherPerson(String asked, String listed) {
		assertThat(score(asked, listed)).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
	}

	@Test
	void aDifferentExactBirthDateLowersTheScoreStronglyAndTheSameOneRaisesIt() {
		Subject listed = new Subject("ofac-sdn", "26171", SubjectKind.INDIVIDUAL,
				List.of(new ListedName("CHEPIGA, Anatoliy Vladimirovich", NameKind.PRIMARY)),
				List.of(DateSpan.day(LocalDate.of(1979, 4, 5))), Set.of("RUS"), Gender.MALE);
		List<String> names = List.of("Anatoli Tchepigo");

		double alone = score(new Query(names, null, null, null), listed);
		double sameDay = score(new Query(names, DateSpan.day(LocalDate.of(1979, 4, 5)), "RUS", null), listed);
		Match otherDay = matcher.match(new Query(names, DateSpan.day(LocalDate.of(1985, 11, 2)), null, null), listed)
			.orElseThrow();

		assertThat(alone).isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
		assertThat(sameDay).isGreaterThan(alone);
		assertThat(otherDay.score()).isLessThan(alone * 0.7).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
		assertThat(otherDay.reasons()).contains(new Reason("birth-different", List.of("1985-11-02", "1979-04-05")));
	}

	@Test
	void aBirthYearThatAgreesRaisesLessThanTheSameDayAndAFarYearLowers() {
		Subject listed = new Subject("un-consolidated", "QDi.001", SubjectKind.INDIVIDUAL,
				List.of(new ListedName("Abdul Baqi Basir", NameKind.PRIMARY)), List.of(DateSpan.years(1960, 1962)),
				Set.of(), null);
		List<String> names = List.of("Abdul Baqi Basir");

		assertThat(score(new Query(names, DateSpan.year(1961), null, null), listed)).isEqualTo(1.0);
		Match far = matcher.match(new Query(names, DateSpan.year(1990), null, null), listed).orElseThrow();
		assertThat(far.score()).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
		assertThat(far.reasons()).contains(new Reason("birth-different", List.of("1990", "1960–1962")));
	}

	@Test
	void theBestOfSeveralNamesIsKeptAndAWeakAliasCountsForLess() {
		Subject listed = new Subject("ofac-sdn", "26171", SubjectKind.INDIVIDUAL,
				List.of(new ListedName("BOSHIROV, Ruslan", NameKind.PRIMARY),
						new ListedName("CHEPIGA, Anatoliy Vladimirovich", NameKind.STRONG_ALIAS),
						new ListedName("Tolya", NameKind.WEAK_ALIAS)),
				List.of(), Set.of(), null);

		Match match = matcher.match(new Query(List.of("Petrov", "Анатолий Чепига"), null, null, null), listed).orElseThrow();
		Match weak = matcher.match(Query.name("Tolya"), listed).orElseThrow();

		assertThat(match.matchedName().text()).isEqualTo("CHEPIGA, Anatoliy Vladimirovich");
		assertThat(match.queryName()).isEqualTo("Анатолий Чепига");
		assertThat(weak.score()).isLessThan(1);
		assertThat(weak.reasons()).contains(new Reason("weak-alias", List.of("Tolya")));
	}

	@Test
	void everyReasonNamesTheWordsItIsAbout() {
		Match initial = matcher.match(Query.name("Ali Khamenei"), person("A. Khamenei")).orElseThrow();
		Match missing = matcher.match(Query.name("Boris Johnson"), person("Alexander Boris de Pfeffel Johnson")).orElseThrow();
		Match different = matcher.match(Query.name("Boris Abramovich"), person("Roman Abramovich")).orElseThrow();

		assertThat(initial.reasons()).containsExactly(new Reason("words-identical", List.of("Khamenei")),
				new Reason("word-initial", List.of("A", "Ali")));
		assertThat(missing.reasons()).contains(new Reason("words-missing", List.of("Alexander Pfeffel")));
		assertThat(different.reasons()).contains(new Reason("words-different", List.of("Boris", "Roman")));
	}

	@Test
	void namesWithNothingInCommonDoNotMatch() {
		assertThat(matcher.match(Query.name("Ginta Boreza"), person("Hans Friedrich"))).isEmpty();
		assertThat(matcher.match(Query.name("N.N."), person("Nursultan Nazarbayev"))).isEmpty();
	}

	@Test
	void organisationsMatchAcrossTheirLegalForms() {
		Subject bank = new Subject("ofac-sdn", "306", SubjectKind.ENTITY,
				List.of(new ListedName("OAO Gazprom", NameKind.PRIMARY)), List.of(), Set.of(), null);

		assertThat(score(Query.name("Open Joint Stock Company Gazprom"), bank))
			.isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
	}

	private double score(String asked, String listed) {
		return score(Query.name(asked), person(listed));
	}

	private double score(Query query, Subject subject) {
		return matcher.match(query, subject).map(Match::score).orElse(0.0);
	}

	private static Subject person(String name) {
		return new Subject("registry", "1", SubjectKind.INDIVIDUAL, List.of(new ListedName(name, NameKind.PRIMARY)),
				List.of(), Set.of(), null);
	}
}
