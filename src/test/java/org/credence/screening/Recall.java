package org.credence.screening;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.credence.screening.ScreeningSamples.Kind;
import org.credence.screening.ScreeningSamples.Sample;
import org.credence.screening.matching.NameMatcher;
import org.credence.screening.matching.Query;

/**
 * How many checks found the listed subject they were made from, by kind; and how many of those
 * missed were lost by the way candidates are found: the matcher, asked about that subject alone,
 * would have scored it at or above the threshold. For an absent person, how many checks found anyone.
 */
final class Recall {

	private static final NameMatcher MATCHER = new NameMatcher();

	private final int[] checks = new int[Kind.values().length];

	private final int[] found = new int[Kind.values().length];

	private final int[] lost = new int[Kind.values().length];

	private Recall() {
	}

	static Recall of(List<Sample> samples, Function<Query, Set<String>> check) {
		Recall recall = new Recall();
		for (Sample sample : samples) {
			int kind = sample.kind().ordinal();
			recall.checks[kind]++;
			if (ScreeningSamples.found(sample, check.apply(sample.query()))) {
				recall.found[kind]++;
			}
			else if (sample.expected() != null && MATCHER.match(sample.query(), sample.expected())
				.filter(match -> match.score() >= NameMatcher.DEFAULT_THRESHOLD).isPresent()) {
				recall.lost[kind]++;
			}
		}
		return recall;
	}

	String found(Kind kind) {
		return percent(found, kind);
	}

	String lost(Kind kind) {
		return kind == Kind.ABSENT ? "–" : percent(lost, kind);
	}

	private String percent(int[] counts, Kind kind) {
		return String.format(Locale.ROOT, "%.0f %%", 100.0 * counts[kind.ordinal()] / checks[kind.ordinal()]);
	}
}
