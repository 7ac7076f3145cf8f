package org.credence.screening.matching;

import java.util.List;
import java.util.Locale;

/** The reasons a comparison gives, each a message {@code screening.reason.<code>} with its arguments. */
final class Reasons {

	private Reasons() {
	}

	static Reason noCommonName() {
		return new Reason("no-common-name", List.of());
	}

	static Reason identical(List<String> words) {
		return new Reason("words-identical", List.of(String.join(" ", words)));
	}

	static Reason pair(String a, String b, WordSimilarity similarity) {
		return switch (similarity.agreement()) {
			case SAME -> new Reason("word-same", List.of(a, b));
			case SOUND -> new Reason("word-sound", List.of(a, b));
			case INITIAL -> new Reason("word-initial", List.of(a, b));
			case SPELLING -> new Reason("word-spelling", List.of(a, b, percent(similarity.value())));
		};
	}

	static Reason different(List<String> a, List<String> b) {
		return new Reason("words-different", List.of(String.join(" ", a), String.join(" ", b)));
	}

	static Reason missing(List<String> words) {
		return new Reason("words-missing", List.of(String.join(" ", words)));
	}

	static Reason weakAlias(String name) {
		return new Reason("weak-alias", List.of(name));
	}

	static String percent(double fraction) {
		return String.format(Locale.ROOT, "%d", Math.round(fraction * 100));
	}
}
