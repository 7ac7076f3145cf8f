package org.credence.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

import org.credence.screening.matching.DateSpan;
import org.credence.screening.matching.Subject;
import org.credence.screening.matching.SubjectKind;

/**
 * Persons the lists do not hold, made of what they do hold: the given names of one listed
 * individual and the surname of another (as often as the lists write them, so that Mohammed and
 * Sergey are as common as there), written in Latin letters or in Cyrillic, Greek or Arabic letters
 * made from the Latin ones by ICU's transliterators. Not thread-safe: one per thread.
 */
final class RecombinedNames {

	/** The scripts a name is written in, with the ICU rules that write it there from Latin letters. */
	enum Script {
		LATIN(null), CYRILLIC("Latin-Russian/BGN; Latin-Cyrillic"), GREEK("Latin-Greek/UNGEGN"), ARABIC("Latin-Arabic");

		/** Vowel signs and breathing marks off: names are written without them on passports and lists. */
		private final Transliterator rules;

		Script(String rules) {
			this.rules = rules == null ? null : Transliterator.getInstance(rules + "; NFD; [:Mn:] Remove; NFC");
		}

		String write(String latin) {
			return rules == null ? latin : rules.transliterate(latin);
		}
	}

	/** A name's Latin form, from which every other form is written. */
	record Name(String surname, String given) {

		/** "CHEPIGA, Anatoliy Vladimirovich", as OFAC writes an individual; given names only when no surname is known. */
		String listed() {
			return surname.isEmpty() ? given : surname.toUpperCase(Locale.ROOT) + ", " + given;
		}

		String spoken() {
			return (given + " " + surname).strip();
		}

		String in(Script script) {
			return script.write(spoken());
		}

		/** The Latin form of a list's name: surname before a comma, else the last word. */
		static Name of(String listed) {
			int comma = listed.indexOf(',');
			if (comma > 0 && comma == listed.lastIndexOf(',')) {
				return new Name(titled(listed.substring(0, comma)), titled(listed.substring(comma + 1)));
			}
			int last = listed.strip().lastIndexOf(' ');
			return last < 0 ? new Name("", titled(listed)) : new Name(titled(listed.substring(last + 1)),
					titled(listed.substring(0, last)));
		}
	}

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z' .-]*, [A-Za-z][A-Za-z' .-]*");

	private static final String[] STATES = { "RUS", "IRN", "SYR", "PRK", "AFG", "IRQ", "LBY", "YEM", "SDN", "CUB", "VEN",
			"UKR", "BLR", "CHN", "PAK", "SOM", "LBN", "MMR", "COD", "FRA", "DEU", "GRC", "EGY", "SAU", "TUR", "SRB" };

	private final List<String> surnames = new ArrayList<>();

	private final List<String> givenNames = new ArrayList<>();

	private final Random random;

	RecombinedNames(Collection<Subject> listed, long seed) {
		for (Subject subject : listed) {
			if (subject.kind() == SubjectKind.INDIVIDUAL) {
				subject.names().stream().map(name -> name.text().strip()).filter(text -> PLAIN.matcher(text).matches())
					.map(Name::of).forEach(name -> {
						surnames.add(name.surname());
						givenNames.add(name.given());
					});
			}
		}
		// In one order whatever order the lists came in (their references sort as text): the same seed, the same names.
		Collections.sort(surnames);
		Collections.sort(givenNames);
		random = new Random(seed);
	}

	Name next() {
		return new Name(surnames.get(random.nextInt(surnames.size())), givenNames.get(random.nextInt(givenNames.size())));
	}

	/** A script for a new name: Latin for half of them, the rest among the others. */
	Script script() {
		int draw = random.nextInt(6);
		return draw < 3 ? Script.LATIN : Script.values()[draw - 2];
	}

	DateSpan birth() {
		return DateSpan.day(LocalDate.of(1940, 1, 1).plusDays(random.nextInt(60 * 365)));
	}

	String nationality() {
		return STATES[random.nextInt(STATES.length)];
	}

	/** True once in {@code times} draws. */
	boolean chance(int times) {
		return random.nextInt(times) == 0;
	}

	int pick(int bound) {
		return random.nextInt(bound);
	}

	private static String titled(String words) {
		StringBuilder titled = new StringBuilder(words.strip().toLowerCase(Locale.ROOT));
		for (int i = 0; i < titled.length(); i++) {
			if (i == 0 || " -'".indexOf(titled.charAt(i - 1)) >= 0) {
				titled.setCharAt(i, Character.toUpperCase(titled.charAt(i)));
			}
		}
		return titled.toString();
	}
}
