package org.credence.screening.matching;

import java.util.List;

/** A subject found for a query: which of the query's names met which of the subject's, how well (0 to 1), and why. */
public record Match(Subject subject, String queryName, ListedName matchedName, double score, List<Reason> reasons) {

	public Match {
		reasons = List.copyOf(reasons);
	}
}
