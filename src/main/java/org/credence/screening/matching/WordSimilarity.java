package org.credence.screening.matching;

import com.ibm.icu.lang.UScript;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** How alike two words are (0 to 1), and in what way. */
record WordSimilarity(double value, Agreement agreement) {

	enum Agreement {
		/** The same word once romanised and folded (Чепига, CHEPIGA; Setchine, Sechin). */
		SAME,
		/** Spelled nearly alike. */
		SPELLING,
		/** Spelled apart but pronounced alike, by Double Metaphone. */
		SOUND,
		/** An initial and a name it may stand for. */
		INITIAL
	}

	static final WordSimilarity NONE = new WordSimilarity(0, Agreement.SPELLING);

	/** What an initial is worth against a name it may stand for: it cannot tell two such names apart. */
	static final double INITIAL = 0.7;

	/** What two words that sound alike are worth at least, unless half a word apart in spelling. */
	static final double SOUND = 0.8;

	/** Beyond this, words sound alike only to Double Metaphone, deaf to vowels (Anatoliy, Inayatullah). */
	private static final double SOUNDS_APART = 0.5;

	static WordSimilarity of(Word a, Word b) {
		if (a.kind() == Word.Kind.INITIAL || b.kind() == Word.Kind.INITIAL) {
			return initials(a, b);
		}
		if (a.script() == b.script() && a.script() != UScript.LATIN) {
			return native_(a.text(), b.text());
		}
		if (a.spelling().equals(b.spelling())) {
			return new WordSimilarity(1, Agreement.SAME);
		}
		if (abjad(a.script()) != abjad(b.script())) {
			return consonants(a.spelling(), b.spelling());
		}
		boolean sound = !a.sound().isEmpty() && a.sound().equals(b.sound());
		double least = sound ? SOUNDS_APART : Alignment.FLOOR;
		double spelling = SpellingDistance.similarity(a.spelling(), b.spelling(), least);
		if (sound && spelling < SOUND && spelling >= SOUNDS_APART) {
			return new WordSimilarity(SOUND, Agreement.SOUND);
		}
		return new WordSimilarity(spelling, Agreement.SPELLING);
	}

	/** Scripts that write consonants and long vowels only: their romanisations guess the rest. */
	private static boolean abjad(int script) {
		return script == UScript.ARABIC || script == UScript.HEBREW || script == UScript.SYRIAC
				|| script == UScript.THAANA;
	}

	/**
	 * A word romanised from Arabic or Hebrew letters against one written in Latin letters: only
	 * the consonants are compared, since the vowels, and the letters that stand for vowels (w, y),
	 * are the romanisation's guess.
	 */
	private static WordSimilarity consonants(String a, String b) {
		double similarity = SpellingDistance.similarity(Spelling.consonants(a), Spelling.consonants(b),
				Alignment.FLOOR);
		return new WordSimilarity(similarity, similarity == 1 ? Agreement.SAME : Agreement.SPELLING);
	}

	private static WordSimilarity initials(Word a, Word b) {
		if (a.spelling().charAt(0) != b.spelling().charAt(0)) {
			return NONE;
		}
		boolean both = a.kind() == b.kind();
		return new WordSimilarity(both ? 1 : INITIAL, both ? Agreement.SAME : Agreement.INITIAL);
	}

	/**
	 * Two words in the same script, letter by letter in it: a romanisation would blur the
	 * difference. A Chinese or Korean word is one syllable, and one syllable for another is
	 * another name.
	 */
	private static WordSimilarity native_(String a, String b) {
		if (a.equals(b)) {
			return new WordSimilarity(1, Agreement.SAME);
		}
		if (Romanisation.syllabic(a.codePointAt(0))) {
			return NONE;
		}
		int distance = LevenshteinDistance.getDefaultInstance().apply(a, b);
		return new WordSimilarity(Math.max(0, 1 - distance / SpellingDistance.LETTERS), Agreement.SPELLING);
	}
}
