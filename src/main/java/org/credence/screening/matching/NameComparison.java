package org.credence.screening.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Two names compared word by word: a score between 0 and 1 and the reasons for it. The score
 * starts at 1 and loses what each pair of words lacks of being the same word, more for a word of
 * one name standing where the other has a different word (Boris, Roman) than for a word one name
 * has and the other lacks (a patronymic, a second given name). A name whose every word is missing
 * from the other, or matches only initials, scores 0.
 */
final class NameComparison {

	/** A word of each name left unpaired: the names say different things of the same place. */
	private static final double CONFLICT = 0.45;

	/** A word only one name has: names are often given in part. */
	private static final double EXTRA = 0.1;

	/** An initial that may stand for the other name's word: consistent, but proves little. */
	private static final double INITIAL = 0.05;

	/** A legal form counts for less than a word of an organisation's name. */
	private static final double LEGAL_FORM = 0.3;

	final double score;

	private final Alignment alignment;

	private final UnpairedWords unpairedA;

	private final UnpairedWords unpairedB;

	NameComparison(ParsedName a, ParsedName b) {
		alignment = new Alignment(a, b);
		unpairedA = new UnpairedWords(a, b, alignment.pairedA);
		unpairedB = new UnpairedWords(b, a, alignment.pairedB);
		score = named() ? Math.max(0, 1 - distance() - CONFLICT * conflicts() - EXTRA * extras()) : 0;
	}

	/** Said only of the comparisons that are kept: most are not. */
	List<Reason> reasons() {
		List<Reason> reasons = new ArrayList<>();
		if (!named()) {
			reasons.add(Reasons.noCommonName());
			return reasons;
		}
		List<String> identical = new ArrayList<>();
		for (Alignment.Pair pair : alignment.pairs) {
			if (pair.a().written().equalsIgnoreCase(pair.b().written())) {
				identical.add(pair.a().written());
			}
			else if (pair.b().kind() == Word.Kind.INITIAL) {
				// The initial first, whichever name it is in: A may be the initial of Ali.
				reasons.add(Reasons.pair(pair.b().written(), pair.a().written(), pair.similarity()));
			}
			else {
				reasons.add(Reasons.pair(pair.a().written(), pair.b().written(), pair.similarity()));
			}
		}
		if (!identical.isEmpty()) {
			reasons.add(0, Reasons.identical(identical));
		}
		if (conflicts() > 0) {
			reasons.add(Reasons.different(unpairedA.written, unpairedB.written));
		}
		else if (extras() > 0) {
			reasons.add(Reasons.missing(unpairedA.written.isEmpty() ? unpairedB.written : unpairedA.written));
		}
		return reasons;
	}

	private boolean named() {
		return alignment.pairs.stream().anyMatch(p -> p.a().kind() == Word.Kind.NAME && p.b().kind() == Word.Kind.NAME);
	}

	private double distance() {
		double distance = 0;
		for (Alignment.Pair pair : alignment.pairs) {
			WordSimilarity similarity = pair.similarity();
			boolean initial = similarity.agreement() == WordSimilarity.Agreement.INITIAL;
			distance += initial ? INITIAL : (1 - similarity.value()) * weight(pair.a()) * weight(pair.b());
		}
		return distance;
	}

	private double conflicts() {
		return Math.min(unpairedA.weight, unpairedB.weight);
	}

	private double extras() {
		return unpairedA.extras(conflicts()) + unpairedB.extras(conflicts());
	}

	static double weight(Word word) {
		return word.kind() == Word.Kind.LEGAL_FORM ? LEGAL_FORM : 1;
	}
}
