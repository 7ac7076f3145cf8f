package org.credence.screening.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A name cut into its words in the order a person says it: "CHEPIGA, Anatoliy Vladimirovich" is
 * read "Anatoliy Vladimirovich CHEPIGA", honorifics dropped, Chinese and Korean written one
 * syllable a word, a run of initials (A.B.C.) read as one word. It also knows which word is a
 * patronymic and which name a father's ("bin Tarif").
 *
 * @param fathers bit i set when word i is a father's name
 * @param patronymic the index of the Slavic patronymic, or -1
 */
record ParsedName(String text, List<Word> words, long fathers, int patronymic) {

	private static final Pattern JOINERS = Pattern.compile("['’ʼʻ`´ʹ\u200c\u200d]");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

	private static final Pattern PATRONYMIC = Pattern.compile(".{3,}(ovic|evic|ivic|ovna|evna|ivna|icna)");

	static ParsedName parse(String text, SubjectKind kind, Vocabulary vocabulary) {
		String normal = JOINERS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
		String surname = "";
		int comma = normal.indexOf(',');
		if (kind == SubjectKind.INDIVIDUAL && comma > 0 && comma == normal.lastIndexOf(',')) {
			surname = normal.substring(0, comma);
			normal = normal.substring(comma + 1);
		}
		String system = Romanisation.systemFor(normal + " " + surname);
		List<Word> words = new ArrayList<>();
		for (String written : written(normal)) {
			words.add(vocabulary.word(written, system, kind));
		}
		int given = words.size();
		for (String written : written(surname)) {
			words.add(vocabulary.word(written, system, kind));
		}
		if (kind == SubjectKind.ENTITY) {
			LegalForms.abbreviate(words);
			return new ParsedName(text, List.copyOf(words), 0, -1);
		}
		// A title stands before the given name; after a comma it is the family's name (AL-SHAYKH, Muhammad).
		List<Word> titled = surname.isEmpty() ? words : words.subList(0, given);
		if (words.stream().anyMatch(word -> word.kind() != Word.Kind.HONORIFIC)) {
			int before = titled.size();
			titled.removeIf(word -> word.kind() == Word.Kind.HONORIFIC);
			given -= before - titled.size();
		}
		words.replaceAll(word -> word.kind() == Word.Kind.HONORIFIC ? word.asName() : word);
		int givenNames = surname.isEmpty() ? words.size() : given;
		return new ParsedName(text, List.copyOf(words), fathers(words), patronymic(words, givenNames));
	}

	/** The words as written, syllabic scripts cut into syllables and runs of single letters joined. */
	private static List<String> written(String normal) {
		List<String> written = new ArrayList<>();
		StringBuilder initials = new StringBuilder();
		for (String part : SEPARATORS.split(normal)) {
			if (part.codePointCount(0, part.length()) == 1 && Character.isLetter(part.codePointAt(0))
					&& !Romanisation.syllabic(part.codePointAt(0))) {
				initials.append(part);
				continue;
			}
			flush(initials, written);
			if (part.codePoints().anyMatch(Romanisation::syllabic)) {
				part.codePoints().forEach(c -> written.add(Character.toString(c)));
			}
			else if (!part.isEmpty()) {
				written.add(part);
			}
		}
		flush(initials, written);
		return written;
	}

	private static void flush(StringBuilder initials, List<String> written) {
		if (!initials.isEmpty()) {
			written.add(initials.toString());
			initials.setLength(0);
		}
	}

	/** The first name after "bin" (particles skipped: bin al-Din) is the father's. */
	private static long fathers(List<Word> words) {
		long fathers = 0;
		boolean linked = false;
		for (int i = 0; i < words.size() && i < Long.SIZE; i++) {
			Word word = words.get(i);
			if (word.kind() == Word.Kind.NAME && linked) {
				fathers |= 1L << i;
			}
			linked = NameWords.fatherLink(word) || linked && word.kind() == Word.Kind.PARTICLE;
		}
		return fathers;
	}

	/**
	 * A patronymic stands after the given name, among the given names when a comma set the
	 * surname apart (YANUKOVICH, Viktor Fedorovych): a name ending in -ovich with nothing between
	 * it and the given name is a surname.
	 */
	private static int patronymic(List<Word> words, int givenNames) {
		int found = -1;
		int names = 0;
		for (int i = 0; i < words.size(); i++) {
			Word word = words.get(i);
			if (word.kind() != Word.Kind.NAME) {
				continue;
			}
			if (names++ > 0 && i < givenNames && PATRONYMIC.matcher(word.spelling()).matches()
					&& (found < 0 || i < words.size() - 1)) {
				found = i;
			}
		}
		return names >= 3 ? found : -1;
	}

	boolean father(int i) {
		return i < Long.SIZE && (fathers >> i & 1) == 1;
	}
}
