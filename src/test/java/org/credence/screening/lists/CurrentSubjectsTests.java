package org.credence.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.screening.matching.DateSpan;
import org.credence.screening.matching.Gender;
import org.credence.screening.matching.ListedName;
import org.credence.screening.matching.NameKind;
import org.credence.screening.matching.Subject;
import org.credence.screening.matching.SubjectKind;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.SentStatements;

/** What the matcher's index is built from: the individuals and entities of each list's current version. */
@CredenceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CurrentSubjectsTests {

	@Autowired
	Api api;

	@Autowired
	WatchLists watchLists;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@BeforeAll
	void bothListsImported() {
		assertThat(api.upload(ListImportTests.OFAC, ListImportTests.ofacFiles()).status()).isEqualTo(201);
		assertThat(api.upload(ListImportTests.UN, ListImportTests.unFile()).status()).isEqualTo(201);
	}

	@Test
	void theCurrentVersionsGiveEachIndividualAndEntityOnceInFourQueries() {
		AtomicReference<List<Subject>> read = new AtomicReference<>();
		List<String> queries = SentStatements.during(dataSource, () -> read.set(watchLists.currentSubjects()));

		Map<String, Long> perList = read.get().stream().collect(Collectors.groupingBy(Subject::list, Collectors.counting()));
		assertThat(perList).containsEntry("ofac-sdn", 3845L + 2994L).containsEntry("un-consolidated", 730L + 273L);
		assertThat(read.get().stream().map(subject -> subject.list() + " " + subject.entry()).distinct()).hasSize(read.get().size());
		assertThat(read.get()).noneMatch(subject -> subject.list().equals("ofac-sdn")
				&& List.of("4234", "15431").contains(subject.entry()));
		assertThat(queries).filteredOn(sql -> sql.strip().toLowerCase().startsWith("select")).hasSize(4);
	}

	@Test
	void aSubjectHasItsNamesBirthsNationalitiesAndGender() {
		Map<String, Subject> subjects = watchLists.currentSubjects().stream()
			.collect(Collectors.toMap(subject -> subject.list() + " " + subject.entry(), Function.identity()));

		Subject chepiga = subjects.get("ofac-sdn 26171");
		assertThat(chepiga.kind()).isEqualTo(SubjectKind.INDIVIDUAL);
		assertThat(chepiga.names()).containsExactly(new ListedName("CHEPIGA, Anatoliy Vladimirovich", NameKind.PRIMARY),
				new ListedName("BOSHIROV, Ruslan", NameKind.STRONG_ALIAS));
		assertThat(chepiga.births()).containsExactly(DateSpan.day(LocalDate.of(1979, 4, 5)),
				DateSpan.day(LocalDate.of(1978, 4, 12)));
		assertThat(chepiga.nationalities()).containsExactly("RUS");
		assertThat(chepiga.gender()).isEqualTo(Gender.MALE);
		Subject amar = subjects.get("un-consolidated QDi.314");
		assertThat(amar.names()).contains(new ListedName("عبد الرحمن ولد العامر", NameKind.ORIGINAL_SCRIPT));
		assertThat(amar.births()).containsExactly(DateSpan.years(1977, 1982));
		assertThat(amar.nationalities()).containsExactly("MLI");
		assertThat(subjects.get("ofac-sdn 306").kind()).isEqualTo(SubjectKind.ENTITY);
		assertThat(subjects.get("ofac-sdn 306").names()).contains(new ListedName("BNC", NameKind.WEAK_ALIAS));
	}

	@Test
	void everyNationalityTheListsNameIsMappedToItsStateButTheFewThatAreNoState() {
		List<String> unmapped = jdbc.sql("select distinct written from watch_list_nationality where state is null")
			.query(String.class)
			.list();

		assertThat(unmapped).containsExactlyInAnyOrder("Kosovo", "possibly Palestinian", "former Soviet Union", "na");
		assertThat(jdbc.sql("select distinct state from watch_list_nationality where written in ('Korea, North',"
				+ " 'Democratic People''s Republic of Korea')").query(String.class).list()).containsExactly("PRK");
	}
}
