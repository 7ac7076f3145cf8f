package org.credence.screening.matching;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.ibm.icu.lang.UScript;

/** Legal forms written out in several words (Open Joint Stock Company), read as their abbreviation (OJSC). */
final class LegalForms {

	private static final Map<String, List<String>> PHRASES = Map.of("ojsc", words("open joint stock company"), "pjsc",
			words("public joint stock company"), "cjsc", words("closed joint stock company"), "jsc",
			words("joint stock company"), "llc", words("limited liability company"), "llp",
			words("limited liability partnership"), "lp", words("limited partnership"), "sa", words("societe anonyme"),
			"srl", words("societatea cu raspundere limitata"), "gmbh", words("gesellschaft mit beschrankter haftung"));

	private LegalForms() {
	}

	/** Replaces each phrase, longest first, by one word with the abbreviation's spelling. */
	static void abbreviate(List<Word> words) {
		for (int i = 0; i < words.size(); i++) {
			String found = null;
			for (Map.Entry<String, List<String>> phrase : PHRASES.entrySet()) {
				if (startsAt(words, i, phrase.getValue())
						&& (found == null || phrase.getValue().size() > PHRASES.get(found).size())) {
					found = phrase.getKey();
				}
			}
			if (found != null) {
				List<Word> run = words.subList(i, i + PHRASES.get(found).size());
				String written = String.join(" ", run.stream().map(Word::written).toList());
				run.clear();
				words.add(i, new Word(written, found, found, "", Word.Kind.LEGAL_FORM, UScript.LATIN));
			}
		}
	}

	private static boolean startsAt(List<Word> words, int start, List<String> phrase) {
		if (start + phrase.size() > words.size()) {
			return false;
		}
		for (int i = 0; i < phrase.size(); i++) {
			if (!words.get(start + i).spelling().equals(phrase.get(i))) {
				return false;
			}
		}
		return true;
	}

	private static List<String> words(String phrase) {
		return Stream.of(phrase.split(" ")).map(Spelling::fold).toList();
	}
}
