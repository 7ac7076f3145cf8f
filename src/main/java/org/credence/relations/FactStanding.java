package org.credence.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one fact stands given its sources: only reported, confirmed, denied, or disputed (confirmed
 * or reported by some and denied by others), with who first reported it and who confirmed or denied.
 * {@code fact} null is the incident as a whole.
 */
record FactStanding(String fact, Standing standing, String firstReportedBy, List<String> reportedBy,
		List<String> confirmedBy, List<String> deniedBy) {

	enum Standing {
		REPORTED, CONFIRMED, DENIED, DISPUTED
	}

	/** One standing per fact cited, in the order the facts were first cited; citations in publication order. */
	static List<FactStanding> of(List<Citation> citations) {
		Map<String, List<Citation>> byFact = new LinkedHashMap<>();
		citations.forEach(c -> byFact.computeIfAbsent(c.fact() == null ? "" : c.fact(), f -> new ArrayList<>()).add(c));
		List<FactStanding> standings = new ArrayList<>();
		byFact.forEach((fact, cited) -> standings.add(standing(fact.isEmpty() ? null : fact, cited)));
		return standings;
	}

	private static FactStanding standing(String fact, List<Citation> cited) {
		List<String> reported = publishers(cited, Citation.Stance.REPORTS);
		List<String> confirmed = publishers(cited, Citation.Stance.CONFIRMS);
		List<String> denied = publishers(cited, Citation.Stance.DENIES);
		boolean asserted = !reported.isEmpty() || !confirmed.isEmpty();
		Standing standing = !denied.isEmpty() ? (asserted ? Standing.DISPUTED : Standing.DENIED)
				: !confirmed.isEmpty() ? Standing.CONFIRMED : Standing.REPORTED;
		String first = cited.stream()
			.filter(c -> c.stance() != Citation.Stance.DENIES)
			.findFirst()
			.map(Citation::publisher)
			.orElse(null);
		return new FactStanding(fact, standing, first, reported, confirmed, denied);
	}

	private static List<String> publishers(List<Citation> cited, Citation.Stance stance) {
		return cited.stream().filter(c -> c.stance() == stance).map(Citation::publisher).distinct().toList();
	}
}
