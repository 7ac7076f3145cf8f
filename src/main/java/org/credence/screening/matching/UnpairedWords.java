package org.credence.screening.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of one name left unpaired that would tell its bearer apart (a patronymic only when
 * the other name gives one), and how much of that repeats a paired word (Shoigu Shoigu Sergey):
 * a repetition adds nothing, but may still stand where the other name has a different word.
 */
final class UnpairedWords {

	final List<String> written = new ArrayList<>();

	double weight;

	private double repeated;

	UnpairedWords(ParsedName name, ParsedName other, boolean[] paired) {
		Set<String> pairedSpellings = new HashSet<>();
		for (int i = 0; i < paired.length; i++) {
			if (paired[i]) {
				pairedSpellings.add(name.words().get(i).spelling());
			}
		}
		for (int i = 0; i < paired.length; i++) {
			Word word = name.words().get(i);
			boolean telling = word.counts() || word.kind() == Word.Kind.LEGAL_FORM;
			if (paired[i] || !telling || i == name.patronymic() && other.patronymic() < 0) {
				continue;
			}
			written.add(word.written());
			weight += NameComparison.weight(word);
			repeated += pairedSpellings.contains(word.spelling()) ? NameComparison.weight(word) : 0;
		}
	}

	/** What is left once the words standing against the other name's ({@code conflicts}) are counted. */
	double extras(double conflicts) {
		return Math.max(0, weight - conflicts - repeated);
	}
}
