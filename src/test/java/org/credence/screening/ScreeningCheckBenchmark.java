package org.credence.screening;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.screening.Latencies.Figures;
import org.credence.screening.RecombinedNames.Name;
import org.credence.screening.ScreeningSamples.Kind;
import org.credence.screening.ScreeningSamples.Sample;
import org.credence.screening.ScreeningSamples.Target;
import org.credence.screening.lists.WatchLists;
import org.credence.screening.matching.NameMatcher;
import org.credence.screening.matching.Query;
import org.credence.screening.matching.ScreeningIndex;
import org.credence.screening.matching.Subject;
import org.credence.screening.matching.SubjectKind;
import org.credence.support.Api;
import org.credence.support.CredenceTest;

/**
 * How long one check takes, a person's names, birth date and nationality against the index of the
 * OFAC sample, of the UN list, of both (as the server screens), and of a generated list of a
 * million names; how long that index takes to build and how much heap it holds. Then, for the same
 * checks, how long PostgreSQL's pg_trgm takes only to find candidates among the same names. Run
 * with {@code ./mvnw -Pbenchmark verify -Dtest=ScreeningCheckBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -DskipITs}; figures go to target/screening-check-benchmark.md.
 */
@Tag("benchmark")
@CredenceTest
class ScreeningCheckBenchmark {

	private static final Duration WARM_UP = Duration.ofSeconds(10);

	private static final Duration MEASURE = Duration.ofSeconds(20);

	private static final int SAMPLES = 2_000;

	/** The samples whose results are looked at: 200 of each kind. */
	private static final int RECALL_SAMPLES = 1_000;

	private static final int GENERATED_NAMES = 1_000_000;

	@Autowired
	Api api;

	@Autowired
	WatchLists watchLists;

	@Autowired
	DataSource dataSource;

	private final StringBuilder built = new StringBuilder("""
			| index | subjects | names | built in, ms | heap held by the index, MB |
			|---|---|---|---|---|
			""");

	private final StringBuilder checks = new StringBuilder("""
			| index | how candidates are found | sample | checks timed | p50 ms | p99 ms | CPU p50 ms | CPU p99 ms | found (absent: anyone found) | lost by the candidates | load average |
			|---|---|---|---|---|---|---|---|---|---|---|
			""");

	@Test
	void oneCheck() throws Exception {
		SampleListsLoaded.ensure(api);
		List<Subject> listed = watchLists.currentSubjects();
		RecombinedNames names = new RecombinedNames(listed, 2026);
		// The last samples, of both lists together, are also those pg_trgm is asked.
		List<Sample> listedSamples = List.of();
		for (String list : List.of("ofac-sdn", "un-consolidated", "ofac-sdn + un-consolidated")) {
			List<Subject> subjects = listed.stream().filter(subject -> list.contains(subject.list())).toList();
			List<Target> targets = subjects.stream().filter(subject -> subject.kind() == SubjectKind.INDIVIDUAL)
				.map(subject -> new Target(subject, Name.of(subject.names().get(0).text()))).toList();
			listedSamples = ScreeningSamples.of(targets, names, SAMPLES);
			timeIndex(list, subjects, listedSamples);
		}
		long before = usedHeap();
		List<Target> generated = GeneratedList.of(names, GENERATED_NAMES);
		List<Subject> subjects = generated.stream().map(Target::subject).toList();
		long subjectsHeap = usedHeap() - before;
		List<Sample> generatedSamples = ScreeningSamples.of(generated, names, SAMPLES);
		timeIndex("generated", subjects, generatedSamples);
		timeTrigrams("ofac-sdn + un-consolidated", listed, listedSamples);
		timeTrigrams("generated", subjects, generatedSamples);

		String report = built + String.format(Locale.ROOT, "%nThe generated subjects themselves hold %,d MB.%n%n",
				subjectsHeap >> 20) + checks;
		Files.writeString(Path.of("target/screening-check-benchmark.md"), report);
		System.out.println(report);
	}

	private void timeIndex(String list, List<Subject> subjects, List<Sample> samples) throws IOException {
		long before = usedHeap();
		long start = System.nanoTime();
		ScreeningIndex index = ScreeningIndex.of(subjects);
		long buildMillis = (System.nanoTime() - start) / 1_000_000;
		long heap = usedHeap() - before;
		int names = subjects.stream().mapToInt(subject -> subject.names().size()).sum();
		built.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d |%n", list, subjects.size(), names,
				buildMillis, heap >> 20));
		time(list, "in-memory index, matches scored", samples, query -> index.screen(query, NameMatcher.DEFAULT_THRESHOLD)
			.stream().map(match -> ScreeningSamples.key(match.subject())).collect(Collectors.toSet()));
	}

	private void timeTrigrams(String list, List<Subject> subjects, List<Sample> samples) throws Exception {
		long start = System.nanoTime();
		try (TrigramCandidates trigrams = new TrigramCandidates(dataSource, subjects)) {
			System.out.printf(Locale.ROOT, "pg_trgm: %s loaded and indexed in %d ms%n", list,
					(System.nanoTime() - start) / 1_000_000);
			time(list, "pg_trgm, candidates only", samples, trigrams::of);
		}
	}

	/** Which samples found their subject (outside the time measured), then the time of each check. */
	private void time(String list, String how, List<Sample> samples, Function<Query, Set<String>> check)
			throws IOException {
		Recall recall = Recall.of(samples.subList(0, RECALL_SAMPLES), check);
		String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		Latencies latencies = Latencies.measure(samples, WARM_UP, MEASURE, sample -> check.apply(sample.query()));
		for (Kind kind : Kind.values()) {
			checks.append(row(list, how, kind.name().toLowerCase(Locale.ROOT), latencies.of(kind), recall.found(kind),
					recall.lost(kind), load));
		}
		checks.append(row(list, how, "all", latencies.of(null), "", "", load));
	}

	/** The CPU time only of a check that runs in this JVM: a database's work is not on its thread. */
	private static String row(String list, String how, String sample, Figures figures, String found, String lost,
			String load) {
		boolean inMemory = how.startsWith("in-memory");
		return String.format(Locale.ROOT, "| %s | %s | %s | %,d | %.2f | %.2f | %s | %s | %s | %s | %s |%n", list, how,
				sample, figures.checks(), figures.p50Millis(), figures.p99Millis(),
				inMemory ? String.format(Locale.ROOT, "%.2f", figures.cpuP50Millis()) : "–",
				inMemory ? String.format(Locale.ROOT, "%.2f", figures.cpuP99Millis()) : "–", found, lost, load);
	}

	/** The heap in use once the garbage is collected: what the objects alive hold. */
	private static long usedHeap() {
		System.gc();
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}
