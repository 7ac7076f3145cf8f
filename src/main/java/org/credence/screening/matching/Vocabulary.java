package org.credence.screening.matching;

import java.util.HashMap;
import java.util.Map;

/**
 * The words of many names, each romanised once: lists repeat the same given names and surnames
 * thousands of times, and romanising is the costly step. One per index, or per query (whose
 * names are read as a person's and as an organisation's); not shared between threads.
 */
final class Vocabulary {

	private final Map<String, String> latin = new HashMap<>();

	private final Map<String, Word> words = new HashMap<>();

	Word word(String written, String system, SubjectKind kind) {
		String romanised = (system == null ? "" : system) + '\u0000' + written;
		return words.computeIfAbsent(kind.ordinal() + romanised, key -> Word.of(written,
				latin.computeIfAbsent(romanised, k -> Romanisation.latin(written, system)), kind));
	}
}
