package org.credence.screening.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys under which the index files a name, for each of its words: the folded spelling (the
 * same word in any script or spelling), its Double Metaphone code (a vowel apart), its
 * consonants (a romanisation from Arabic letters) and its consonants by class, where the letters
 * transliterations swap are one (Prigozhin, Prigojine, Prigoschin); a "j", sounded "y" in German
 * and "zh" in French, gives a key each way. Particles, initials and legal forms are no keys: they
 * would bring every name.
 */
final class IndexKeys {

	private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

	/** The class of each letter; '-' for letters left out (vowels, h, y). */
	private static final String CLASSES = "-pkt-fk--sklmn-pkrst-ffs-s";

	private IndexKeys() {
	}

	static List<String> of(ParsedName name) {
		List<String> keys = new ArrayList<>();
		for (Word word : name.words()) {
			if (word.kind() == Word.Kind.NAME) {
				keys.add('s' + word.spelling());
				if (!word.sound().isEmpty()) {
					keys.add('m' + word.sound());
				}
				keys.add('c' + Spelling.consonants(word.spelling()));
				classes(word.spelling(), 's', keys);
				if (word.spelling().indexOf('j') >= 0) {
					classes(word.spelling(), '-', keys);
				}
			}
		}
		return keys;
	}

	/** No key for a word of vowels only (Ali has one, Ia none): it would bring every such word. */
	private static void classes(String spelling, char j, List<String> keys) {
		StringBuilder classes = new StringBuilder(spelling.length());
		for (int i = 0; i < spelling.length(); i++) {
			char c = spelling.charAt(i);
			int letter = LETTERS.indexOf(c);
			char type = c == 'j' ? j : letter < 0 ? c : CLASSES.charAt(letter);
			if (type != '-' && (classes.isEmpty() || classes.charAt(classes.length() - 1) != type)) {
				classes.append(type);
			}
		}
		if (!classes.isEmpty()) {
			keys.add("k" + classes);
		}
	}
}
