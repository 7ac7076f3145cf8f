package org.credence.screening.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The words of two names paired, best pairs first, each word in at most one pair, order ignored
 * (names are written surname first or last) except that a father's name pairs only with a
 * father's name when both names say whose son is whom, and a patronymic only with a patronymic
 * (Oleksandr is not Oleksandrovych). Two neighbouring words may pair as one
 * (Patr ushev, AlisherUsmanov).
 */
final class Alignment {

	/** Words less alike than this are not paired: they are different names. */
	static final double FLOOR = 0.6;

	/** Words {@code [from, to)} of one name paired with words {@code [from, to)} of the other. */
	record Pair(int fromA, int toA, int fromB, int toB, Word a, Word b, WordSimilarity similarity) {
	}

	final List<Pair> pairs = new ArrayList<>();

	final boolean[] pairedA;

	final boolean[] pairedB;

	Alignment(ParsedName a, ParsedName b) {
		pairedA = new boolean[a.words().size()];
		pairedB = new boolean[b.words().size()];
		boolean lineage = a.fathers() != 0 && b.fathers() != 0;
		List<Pair> candidates = new ArrayList<>();
		List<Unit> unitsB = units(b);
		for (Unit x : units(a)) {
			for (Unit y : unitsB) {
				if ((x.single() || y.single()) && (!lineage || a.father(x.from) == b.father(y.from))
						&& (x.from == a.patronymic()) == (y.from == b.patronymic())) {
					WordSimilarity similarity = WordSimilarity.of(x.word, y.word);
					if (similarity.value() >= FLOOR) {
						candidates.add(new Pair(x.from, x.to, y.from, y.to, x.word, y.word, similarity));
					}
				}
			}
		}
		candidates.sort(Comparator.comparingDouble((Pair p) -> -p.similarity().value())
			.thenComparingInt(p -> -(p.toA() - p.fromA() + p.toB() - p.fromB())));
		for (Pair pair : candidates) {
			if (free(pairedA, pair.fromA(), pair.toA()) && free(pairedB, pair.fromB(), pair.toB())) {
				take(pairedA, pair.fromA(), pair.toA());
				take(pairedB, pair.fromB(), pair.toB());
				pairs.add(pair);
			}
		}
	}

	private record Unit(int from, int to, Word word) {

		boolean single() {
			return to - from == 1;
		}
	}

	/** Every word that names, and every two neighbours joined. */
	private static List<Unit> units(ParsedName name) {
		List<Word> words = name.words();
		List<Unit> units = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			Word word = words.get(i);
			if (word.kind() != Word.Kind.PARTICLE) {
				units.add(new Unit(i, i + 1, word));
			}
			if (i + 1 < words.size() && word.kind() != Word.Kind.INITIAL && words.get(i + 1).kind() != Word.Kind.INITIAL
					&& (word.kind() == Word.Kind.NAME || words.get(i + 1).kind() == Word.Kind.NAME)) {
				units.add(new Unit(i, i + 2, word.joined(words.get(i + 1))));
			}
		}
		return units;
	}

	private static boolean free(boolean[] paired, int from, int to) {
		for (int i = from; i < to; i++) {
			if (paired[i]) {
				return false;
			}
		}
		return true;
	}

	private static void take(boolean[] paired, int from, int to) {
		for (int i = from; i < to; i++) {
			paired[i] = true;
		}
	}
}
