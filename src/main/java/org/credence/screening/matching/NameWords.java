package org.credence.screening.matching;

import java.util.Set;

/**
 * The small closed sets of words that are not names, as romanised: honorifics, particles, legal
 * forms.
 */
final class NameWords {

	/** Dropped from a person's name: they say what the person is or was, not who. */
	private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
			"sir", "dame", "lord", "lady", "president", "monsieur", "mme", "madame", "mlle", "mademoiselle", "herr",
			"frau", "shaikh", "sheikh", "sheik", "shaykh", "haji", "hajji", "hadji", "alhaj", "alhajj", "mullah",
			"mulla", "mawlawi", "maulvi", "maulavi", "mawlavi", "molvi", "maulana", "mawlana", "qari", "general",
			"colonel", "major", "captain", "lieutenant", "admiral");

	/** Links to a father's name (Isa bin Tarif): what follows is the father's name, not the person's own. */
	private static final Set<String> FATHER_LINKS = Set.of("bin", "ben", "ibn", "bn", "bint", "binti", "ould", "uld");

	private static final Set<String> PERSON_PARTICLES = Set.of("al", "el", "ul", "ad", "ud", "as", "ash", "at", "az",
			"ar", "an", "bin", "ben", "ibn", "bn", "bint", "binti", "ould", "uld", "de", "da", "di", "do", "dos", "das",
			"del", "della", "der", "den", "van", "von", "vom", "zu", "la", "le", "du", "y", "e", "na", "ter", "ten",
			"ogly", "oglu", "ogli", "kyzy", "kizi", "qizi");

	private static final Set<String> ENTITY_PARTICLES = Set.of("the", "of", "and", "und", "et", "for", "de", "du",
			"des", "la", "le", "di", "del", "y", "en");

	private static final Set<String> LEGAL_FORMS = Set.of("ag", "gmbh", "ltd", "limited", "llc", "llp", "lp", "inc",
			"incorporated", "corp", "corporation", "co", "company", "plc", "sa", "sarl", "sas", "spa", "srl", "bv", "nv",
			"ab", "as", "asa", "oy", "oyj", "kg", "kgaa", "se", "jsc", "ojsc", "pjsc", "cjsc", "oao", "zao", "pao", "ao",
			"ooo", "tov", "pte", "pty", "bhd", "sdn", "kk", "zoo", "sp", "aktiengesellschaft", "gesellschaft", "na",
			"sacv", "cv", "ca", "ptlc", "pt", "tbk", "ltda", "eirl", "gie", "lllp", "pllc", "sl", "slu");

	private NameWords() {
	}

	/** Father links fold to themselves: a word's spelling tells. */
	static boolean fatherLink(Word word) {
		return word.kind() == Word.Kind.PARTICLE && FATHER_LINKS.contains(word.spelling());
	}

	static Word.Kind kindOf(String latin, SubjectKind kind) {
		if (kind == SubjectKind.ENTITY) {
			return ENTITY_PARTICLES.contains(latin) ? Word.Kind.PARTICLE
					: LEGAL_FORMS.contains(latin) ? Word.Kind.LEGAL_FORM : Word.Kind.NAME;
		}
		if (HONORIFICS.contains(latin)) {
			return Word.Kind.HONORIFIC;
		}
		if (PERSON_PARTICLES.contains(latin)) {
			return Word.Kind.PARTICLE;
		}
		return latin.length() == 1 && Character.isLetter(latin.charAt(0)) ? Word.Kind.INITIAL : Word.Kind.NAME;
	}
}
