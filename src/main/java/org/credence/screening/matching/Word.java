package org.credence.screening.matching;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * One word of a name as the matcher compares it: as written, in case-folded form of its own
 * script (two names in the same script are compared in it), its folded Latin spelling and the
 * Double Metaphone code of that spelling.
 *
 * @param script the ICU script code of most of its letters
 */
record Word(String written, String text, String spelling, String sound, Kind kind, int script) {

	/** What a word adds to the identity of a name. */
	enum Kind {
		/** A given name, a surname, a patronymic, a word of an organisation's name. */
		NAME,
		/** One letter standing for a name. */
		INITIAL,
		/** An article or a link (al, bin, de, van, the, of): it tells how the name is built, not whose it is. */
		PARTICLE,
		/** A title before a person's given name (Mr, Sheikh, President): dropped. */
		HONORIFIC,
		/** An organisation's legal form (AG, Ltd, JSC): it narrows the name a little. */
		LEGAL_FORM
	}

	private static final int SOUND_LENGTH = 8;

	static Word of(String written, String latin, SubjectKind subjectKind) {
		String text = UCharacter.foldCase(written, true);
		int script = Romanisation.dominantScript(written);
		if (latin.isEmpty()) {
			return new Word(written, text, text, "", Kind.NAME, script);
		}
		String spelling = Spelling.fold(latin);
		return new Word(written, text, spelling, sound(spelling), NameWords.kindOf(latin, subjectKind), script);
	}

	/** Two words of one name written together (Jan Daniel, JanDaniel), compared by spelling only. */
	Word joined(Word next) {
		boolean doubled = !spelling.isEmpty() && !next.spelling.isEmpty()
				&& spelling.charAt(spelling.length() - 1) == next.spelling.charAt(0);
		return new Word(written + " " + next.written, text + next.text,
				spelling + (doubled ? next.spelling.substring(1) : next.spelling), "", Kind.NAME,
				script == next.script ? script : UScript.LATIN);
	}

	/** A title that is part of the name here: a family name (Al-Shaykh), or all there is (President). */
	Word asName() {
		return new Word(written, text, spelling, sound, Kind.NAME, script);
	}

	private static String sound(String spelling) {
		DoubleMetaphone metaphone = new DoubleMetaphone();
		metaphone.setMaxCodeLen(SOUND_LENGTH);
		String sound = metaphone.doubleMetaphone(spelling);
		return sound == null ? "" : sound;
	}

	boolean counts() {
		return kind == Kind.NAME || kind == Kind.INITIAL;
	}
}
