package org.credence.screening.matching;

/**
 * How far apart two folded spellings are, counted the way a reader of names would: a vowel for
 * another, or two consonants that transliterations swap (k and c, s and z, v and f), cost less
 * than a letter for an unrelated one; a vowel or an "h" dropped costs half a letter; two
 * neighbours swapped cost little more than half.
 */
final class SpellingDistance {

	/** A typical name's length: a word that differs by this much is another word. */
	static final double LETTERS = 6;

	/** Costs in tenths of a letter, so that the table and the sums stay in integers. */
	private static final int LETTER = 10;

	private static final int NEAR = 4;

	private static final int SILENT = 5;

	private static final int SWAPPED = 6;

	/** Letters that transliterations and careless typing put for one another. */
	private static final String[] NEIGHBOURS = { "aeiouy", "ckgq", "cszj", "jyi", "vwf", "bp", "dt", "hc" };

	private static final int[] SUBSTITUTION = new int[128 * 128];

	private static final int[] INDEL = new int[128];

	static {
		for (char x = 0; x < 128; x++) {
			INDEL[x] = Spelling.vowel(x) || x == 'h' ? SILENT : LETTER;
			for (char y = 0; y < 128; y++) {
				SUBSTITUTION[x * 128 + y] = x == y ? 0 : LETTER;
			}
		}
		for (String group : NEIGHBOURS) {
			for (char x : group.toCharArray()) {
				for (char y : group.toCharArray()) {
					SUBSTITUTION[x * 128 + y] = x == y ? 0 : NEAR;
				}
			}
		}
	}

	private SpellingDistance() {
	}

	/**
	 * 1 for the same spelling, less by {@code 1 / LETTERS} for each letter's worth of difference,
	 * whatever the words' length: a reader tells Sukarno from Sukamto, or Mahathir from Mahir, by
	 * the letters that differ, not by the share of the word they are. 0 below {@code least}:
	 * counting further would tell nothing.
	 */
	static double similarity(String a, String b, double least) {
		int limit = (int) Math.round((1 - least) * LETTERS * LETTER);
		int distance = between(a, b, limit);
		return distance > limit ? 0 : 1 - distance / (LETTERS * LETTER);
	}

	/**
	 * The weighted Damerau-Levenshtein distance in tenths of a letter, or anything above
	 * {@code limit} once it must exceed it.
	 */
	private static int between(String a, String b, int limit) {
		int m = b.length();
		if (Math.abs(a.length() - m) * SILENT > limit) {
			return limit + 1;
		}
		int[] before = new int[m + 1];
		int[] previous = new int[m + 1];
		int[] current = new int[m + 1];
		for (int j = 1; j <= m; j++) {
			previous[j] = previous[j - 1] + indel(b.charAt(j - 1));
		}
		for (int i = 1; i <= a.length(); i++) {
			char x = a.charAt(i - 1);
			int deletion = indel(x);
			current[0] = previous[0] + deletion;
			int least = current[0];
			for (int j = 1; j <= m; j++) {
				char y = b.charAt(j - 1);
				int best = Math.min(previous[j] + deletion, current[j - 1] + indel(y));
				best = Math.min(best, previous[j - 1] + substitution(x, y));
				if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) {
					best = Math.min(best, before[j - 2] + SWAPPED);
				}
				current[j] = best;
				least = Math.min(least, best);
			}
			if (least > limit) {
				return least;
			}
			int[] spare = before;
			before = previous;
			previous = current;
			current = spare;
		}
		return previous[m];
	}

	private static int indel(char c) {
		return c < 128 ? INDEL[c] : LETTER;
	}

	private static int substitution(char x, char y) {
		return x < 128 && y < 128 ? SUBSTITUTION[x * 128 + y] : x == y ? 0 : LETTER;
	}
}
