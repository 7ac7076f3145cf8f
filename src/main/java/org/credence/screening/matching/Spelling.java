package org.credence.screening.matching;

import java.util.regex.Pattern;

/**
 * A word's Latin letters folded so that the habits of different languages meet: the French
 * {@code Setchine}, the German {@code Setschin} and the English {@code Sechin} fold alike, as do
 * {@code Prigojine} and {@code Prigozhin} up to one near letter. Each rule joins spellings of one
 * sound, never two names; what the folding leaves apart, {@link SpellingDistance} weighs.
 */
final class Spelling {

	/** Longest first, so that "tsch" is read before "sch" and "ch". */
	private static final String[][] SOUNDS = { { "shch", "s" }, { "tsch", "c" }, { "dzh", "j" }, { "tch", "c" },
			{ "tsh", "c" }, { "sch", "s" }, { "ch", "c" }, { "sh", "s" }, { "zh", "z" }, { "kh", "h" }, { "ph", "f" },
			{ "th", "t" }, { "dh", "d" }, { "gh", "g" }, { "ck", "k" }, { "dj", "j" }, { "gue", "ge" }, { "gui", "gi" },
			{ "ou", "u" }, { "oo", "u" }, { "ee", "i" }, { "x", "ks" }, { "q", "k" }, { "w", "v" } };

	/** Digits typed for the letters they look like. */
	private static final String DIGITS = "0123456789";

	private static final String LOOKALIKES = "oizeastgbg";

	/** A Russian Е starting a word: Yevgeny, German Jewgeni, French Ievgueni, all Evgeny. */
	private static final Pattern INITIAL_E = Pattern.compile("[yji]e");

	private Spelling() {
	}

	static String fold(String latin) {
		String word = latin.chars().anyMatch(Character::isLetter) ? lookalikes(latin) : latin;
		StringBuilder folded = new StringBuilder(word.length());
		int i = INITIAL_E.matcher(word).lookingAt() ? 1 : 0;
		while (i < word.length()) {
			String[] sound = soundAt(word, i);
			folded.append(sound == null ? word.charAt(i) : sound[1]);
			i += sound == null ? 1 : sound[0].length();
		}
		return collapse(folded);
	}

	private static String lookalikes(String latin) {
		StringBuilder letters = new StringBuilder(latin);
		for (int i = 0; i < letters.length(); i++) {
			int digit = DIGITS.indexOf(letters.charAt(i));
			if (digit >= 0) {
				letters.setCharAt(i, LOOKALIKES.charAt(digit));
			}
		}
		return letters.toString();
	}

	private static String[] soundAt(String word, int i) {
		for (String[] sound : SOUNDS) {
			if (word.startsWith(sound[0], i)) {
				return sound;
			}
		}
		return null;
	}

	/**
	 * Doubled letters once; "y" before a consonant or at the end, and a final "j" after a vowel,
	 * read as "i" (Zelenskyy, Zelensky, Zelenski; Sergey, Sergej); a final "h" after a vowel
	 * dropped (Abdullah, Abdulla).
	 */
	private static String collapse(StringBuilder folded) {
		StringBuilder out = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			boolean last = i == folded.length() - 1;
			if (c == 'y' && i > 0 && (last || !vowel(folded.charAt(i + 1))) || c == 'j' && last && i > 0
					&& vowel(folded.charAt(i - 1))) {
				c = 'i';
			}
			if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
				continue;
			}
			out.append(c);
		}
		int end = out.length() - 1;
		if (end > 2 && out.charAt(end) == 'h' && vowel(out.charAt(end - 1))) {
			out.setLength(end);
		}
		return out.toString();
	}

	/** The first letter and the consonants after it: what a romanisation from Arabic or Hebrew is sure of. */
	static String consonants(String spelling) {
		StringBuilder consonants = new StringBuilder(spelling.length()).append(spelling.charAt(0));
		for (int i = 1; i < spelling.length(); i++) {
			char c = spelling.charAt(i);
			if (!vowel(c) && c != 'v') {
				consonants.append(c);
			}
		}
		return consonants.toString();
	}

	static boolean vowel(char c) {
		return "aeiouy".indexOf(c) >= 0;
	}
}
