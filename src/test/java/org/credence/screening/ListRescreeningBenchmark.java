package org.credence.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.screening.RecombinedNames.Name;
import org.credence.screening.RecombinedNames.Script;
import org.credence.screening.lists.WatchLists;
import org.credence.screening.matching.Subject;
import org.credence.support.Api;
import org.credence.support.Api.FilePart;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/**
 * How long a new version of OFAC's list takes to import through the API when 10,000 persons have a
 * request: the import answers once every one of them is screened again against the new and changed
 * entries. Next to it, in the same run, the import of a version that changes nothing (nobody to
 * screen again), and of one whose every entry is new. The persons and their requests are written in
 * bulk through SQL, as the services write them, without their journal entries. Run with
 * {@code ./mvnw -Pbenchmark verify -Dtest=ListRescreeningBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -DskipITs}; figures go to target/list-rescreening-benchmark.md.
 */
@Tag("benchmark")
@CredenceTest
class ListRescreeningBenchmark {

	private static final int PERSONS = 10_000;

	/** Individuals added, and individuals given a new alias, by the changed version. */
	private static final int ADDED = 100;

	private static final int CHANGED = 100;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	WatchLists watchLists;

	@Test
	void aNewVersionScreensTenThousandPersonsAgain() throws Exception {
		SampleListsLoaded.ensure(api);
		List<Subject> listed = watchLists.currentSubjects();
		long ofacSubjects = listed.stream().filter(subject -> subject.list().equals("ofac-sdn")).count();
		RecombinedNames names = new RecombinedNames(listed, 7);
		List<Name> registered = register(names, fixtures.mission("RUS", "2017-01-01"));
		String sdn = OfacVersionFiles.bundled("sdn.csv");
		String alt = OfacVersionFiles.bundled("alt.csv");
		String add = OfacVersionFiles.bundled("add.csv");
		// Ten of the individuals added are persons of the registry, now designated; the others are no one registered.
		List<Name> added = new ArrayList<>();
		for (int i = 0; i < ADDED; i++) {
			added.add(i < 10 ? registered.get(i * 97) : names.next());
		}
		List<Name> aliases = IntStream.range(0, CHANGED).mapToObj(i -> names.next()).toList();

		StringBuilder report = new StringBuilder("""
				| version imported | entries new or changed | persons screened again | import and re-screening, ms | persons with an open hit after |
				|---|---|---|---|---|
				""");
		long unchanged = upload("the same files again", 0, sdn, alt, add, report);
		long changed = upload("100 individuals added, 100 given an alias", ADDED + CHANGED,
				sdn + OfacVersionFiles.added(added), alt + OfacVersionFiles.aliases(sdn, aliases), add, report);
		long renewed = upload("every entry renumbered", ofacSubjects, OfacVersionFiles.renumbered(sdn),
				OfacVersionFiles.renumbered(alt), OfacVersionFiles.renumbered(add), report);
		report.append(String.format(Locale.ROOT, "%nRe-screening beyond the unchanged import: %.0f persons/s against %d "
				+ "entries, %.0f persons/s against %,d entries.%n", PERSONS * 1000.0 / (changed - unchanged),
				ADDED + CHANGED, PERSONS * 1000.0 / (renewed - unchanged), ofacSubjects));
		Files.writeString(Path.of("target/list-rescreening-benchmark.md"), report);
		System.out.println(report);
	}

	private long upload(String version, long entries, String sdn, String alt, String add, StringBuilder report) {
		long checksBefore = checks();
		long start = System.nanoTime();
		Api.Response imported = api.upload("/api/screening/lists/ofac-sdn/versions", part("sdn", sdn), part("alt", alt),
				part("add", add));
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(imported.status()).as(imported.text()).isEqualTo(201);
		long screened = checks() - checksBefore;
		assertThat(screened).isEqualTo(entries == 0 ? 0 : PERSONS);
		long withHits = jdbc.sql("select count(distinct person_id) from screening_hit where state = 'OPEN'")
			.query(Long.class).single();
		report.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d |%n", version, entries, screened, millis,
				withHits));
		return millis;
	}

	private long checks() {
		return jdbc.sql("select count(*) from screening_check where occasion = 'LIST_VERSION'").query(Long.class).single();
	}

	/** Persons of recombined names (half of them with a name in another script too), each with a request. */
	private List<Name> register(RecombinedNames names, String mission) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		List<Name> registered = new ArrayList<>();
		List<Object[]> persons = new ArrayList<>();
		List<Object[]> requests = new ArrayList<>();
		for (int i = 0; i < PERSONS; i++) {
			Name name = names.next();
			Script script = names.script();
			LocalDate born = names.birth().from();
			UUID person = UUID.randomUUID();
			registered.add(name);
			persons.add(new Object[] { person, name.in(script), name.spoken(), born.getYear(), born.getMonthValue(),
				born.getDayOfMonth(), names.nationality(), names.chance(2) ? "MALE" : "FEMALE", now, "benchmark" });
			requests.add(new Object[] { UUID.randomUUID(), person, UUID.fromString(mission), now });
		}
		jdbcTemplate.batchUpdate("""
				insert into person (id, name_native, name_latin, birth_year, birth_month, birth_day, nationality, sex,
				                    recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", persons);
		jdbcTemplate.batchUpdate("""
				insert into accreditation (id, person_id, mission_id, category, title, function, requested_start, status,
				                           recorded_at) values (?, ?, ?, 'DIPLOMATIC_AGENT', 'Counsellor', 'Liaison', ?, 'REQUESTED', now())""",
				requests);
		return registered;
	}

	private static FilePart part(String part, String content) {
		return new FilePart(part, part + ".csv", content.getBytes(StandardCharsets.UTF_8));
	}
}
