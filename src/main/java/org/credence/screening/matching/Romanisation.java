package org.credence.screening.matching;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

/**
 * Names in any script written in plain Latin letters, the way the lists of the receiving party
 * write them. Cyrillic is read in the language its letters reveal (Serbian, Belarusian, Ukrainian,
 * Bulgarian, else Russian) because each language romanises the same letter differently (г is
 * "g" in Russian, "h" in Ukrainian; щ is "shch" in Russian, "sht" in Bulgarian); Greek as it is
 * pronounced today (BGN), everything else by ICU's general rules.
 */
final class Romanisation {

	private static final Pattern SERBIAN = Pattern.compile("[ђјљњћџЂЈЉЊЋЏ]");

	private static final Pattern BELARUSIAN = Pattern.compile("[ўЎ]|[іІ].*[ыэЫЭ]|[ыэЫЭ].*[іІ]");

	private static final Pattern UKRAINIAN = Pattern.compile("[іїєґІЇЄҐ]");

	/** In Bulgarian ъ is a vowel; in Russian it only ever stands before е, ё, ю, я. */
	private static final Pattern BULGARIAN = Pattern.compile("[ъЪ](?![еёюяЕЁЮЯ])");

	private static final Pattern NOT_LATIN = Pattern.compile("[^a-z0-9]");

	private static final Map<String, Transliterator> TRANSLITERATORS = new ConcurrentHashMap<>();

	private Romanisation() {
	}

	/** The transliteration for a whole name: its language shows in a few letters of any of its words. */
	static String systemFor(String name) {
		int script = dominantScript(name);
		if (script == UScript.CYRILLIC) {
			if (SERBIAN.matcher(name).find()) {
				return "sr-sr_Latn/BGN";
			}
			if (BELARUSIAN.matcher(name).find()) {
				return "be-be_Latn/BGN";
			}
			if (UKRAINIAN.matcher(name).find()) {
				return "uk-uk_Latn/BGN";
			}
			return BULGARIAN.matcher(name).find() ? "bg-bg_Latn/BGN" : "ru-ru_Latn/BGN";
		}
		return script == UScript.GREEK ? "el-el_Latn/BGN" : null;
	}

	/** One word in lower-case ASCII letters and digits; empty when no rule knows its script. */
	static String latin(String word, String system) {
		if (word.chars().allMatch(c -> c < 128)) {
			return NOT_LATIN.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
		}
		String id = (system == null ? "" : system + "; ") + "Any-Latin; Latin-ASCII";
		Transliterator transliterator = TRANSLITERATORS.computeIfAbsent(id, Transliterator::getInstance);
		String latin;
		// ICU does not promise that one transliterator may serve two threads at once.
		synchronized (transliterator) {
			latin = transliterator.transliterate(word);
		}
		return NOT_LATIN.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll("");
	}

	/** The script of most of the name's letters, {@link UScript#LATIN} when it has none. */
	static int dominantScript(String name) {
		Map<Integer, Integer> counts = new HashMap<>();
		name.codePoints().filter(Character::isLetter).forEach(c -> counts.merge(UScript.getScript(c), 1, Integer::sum));
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(UScript.LATIN);
	}

	/** Scripts whose every character is a syllable: a name written in them is compared syllable by syllable. */
	static boolean syllabic(int codePoint) {
		int script = UScript.getScript(codePoint);
		return script == UScript.HAN || script == UScript.HANGUL;
	}
}
