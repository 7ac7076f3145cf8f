package org.credence.screening.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares a person or organisation being screened with one listed subject: every name of the
 * query against every name of the subject, in any script, the best pair kept, then weighed with
 * birth, nationality and gender. Holds no state; safe to share.
 */
public final class NameMatcher {

	/**
	 * At or above it, a match is worth a security officer's look. Chosen on the labelled pairs of
	 * OpenSanctions (F1 0.92 on persons): one letter's worth of difference in one word, or one
	 * extra word, stays above it; a different word in the same place falls below.
	 */
	public static final double DEFAULT_THRESHOLD = 0.76;

	/** The list's own doubt about a weak alias (a nickname, a partial name) weighs on its matches. */
	private static final double WEAK_ALIAS = 0.9;

	/** The best pair of names, weighed with the rest; empty when no name shares a word with another. */
	public Optional<Match> match(Query query, Subject subject) {
		Vocabulary words = new Vocabulary();
		List<ParsedName> names = subject.names().stream()
			.map(name -> ParsedName.parse(name.text(), subject.kind(), words))
			.toList();
		return compare(query, parse(query, subject.kind(), words), subject, subject.names(), names, 0);
	}

	static List<ParsedName> parse(Query query, SubjectKind kind, Vocabulary words) {
		return query.names().stream().map(name -> ParsedName.parse(name, kind, words)).toList();
	}

	/**
	 * The query's names against some of the subject's names ({@code listed}, parsed as
	 * {@code parsed}); empty below {@code minScore}, and then no reason is written.
	 */
	static Optional<Match> compare(Query query, List<ParsedName> queryNames, Subject subject, List<ListedName> listed,
			List<ParsedName> parsed, double minScore) {
		NameComparison best = null;
		int bestQuery = 0;
		int bestListed = 0;
		double bestScore = 0;
		for (int q = 0; q < queryNames.size(); q++) {
			for (int i = 0; i < listed.size(); i++) {
				NameComparison comparison = new NameComparison(queryNames.get(q), parsed.get(i));
				double score = comparison.score * (listed.get(i).kind() == NameKind.WEAK_ALIAS ? WEAK_ALIAS : 1);
				if (score > bestScore) {
					best = comparison;
					bestQuery = q;
					bestListed = i;
					bestScore = score;
				}
			}
		}
		if (best == null || Evidence.weigh(bestScore, query, subject, new ArrayList<>()) < minScore) {
			return Optional.empty();
		}
		List<Reason> reasons = best.reasons();
		if (listed.get(bestListed).kind() == NameKind.WEAK_ALIAS) {
			reasons.add(Reasons.weakAlias(listed.get(bestListed).text()));
		}
		double score = Evidence.weigh(bestScore, query, subject, reasons);
		return Optional.of(new Match(subject, query.names().get(bestQuery), listed.get(bestListed), score, reasons));
	}
}
