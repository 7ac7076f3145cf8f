package org.credence.benchmark;

import java.util.Random;

/**
 * Latin-script names for a generated registry: common given names, with and without diacritics,
 * joined to surnames made up of two parts, so that the list's fonts, sorting and escaping meet
 * what a real list holds while nobody real is named (as the demo's {@code InventedNames} does).
 */
final class GeneratedNames {

	/** One person's name in Latin script and sex, as the API takes them. */
	record Name(String latin, String sex) {
	}

	private static final String[] MEN = { "Ahmed", "Alejandro", "András", "Bogdan", "Carlos", "Chinedu", "Dávid",
			"Émile", "Erik", "Felipe", "François", "Giorgi", "Hiroshi", "Ibrahim", "Jan", "João", "Jürgen", "Kwame",
			"Łukasz", "Mehmet", "Mikael", "Nuno", "Olumide", "Pavel", "Rafael", "Søren", "Tomáš", "Yusuf" };

	private static final String[] WOMEN = { "Agnieszka", "Aïcha", "Amara", "Ana", "Björk", "Chloé", "Daniela", "Elif",
			"Fatima", "Grete", "Hana", "Inês", "Ingrid", "Joanna", "Kateřina", "Leilani", "María", "Mei", "Nadia",
			"Nkechi", "Oksana", "Paula", "Renée", "Sofía", "Tereza", "Zoë" };

	private static final String[] SURNAME_STARTS = { "Al", "Bel", "Cor", "Dal", "Esk", "Fer", "Gal", "Hal", "Ív",
			"Kar", "Lor", "Mar", "Nor", "Ost", "Pel", "Ros", "Sal", "Ter", "Úr", "Val", "Wes", "Zar" };

	private static final String[] SURNAME_ENDS = { "abé", "ani", "berg", "court", "elli", "escu", "ford", "ière",
			"gård", "hagen", "ić", "ides", "ińska", "lund", "mann", "oğlu", "ova", "quez", "sen", "ton", "vik", "wala" };

	private GeneratedNames() {
	}

	/** A name drawn from the random source; about half are women's. */
	static Name next(Random random) {
		boolean woman = random.nextBoolean();
		String given = woman ? pick(random, WOMEN) : pick(random, MEN);
		String surname = pick(random, SURNAME_STARTS) + pick(random, SURNAME_ENDS);
		return new Name(given + " " + surname, woman ? "FEMALE" : "MALE");
	}

	private static String pick(Random random, String[] names) {
		return names[random.nextInt(names.length)];
	}
}
