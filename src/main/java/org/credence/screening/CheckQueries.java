package org.credence.screening;

import java.util.LinkedHashMap;
import java.util.Map;

import org.credence.screening.matching.Query;

/** A query as a check keeps it: what was asked, readable in the journal and on the check's page. */
final class CheckQueries {

	private CheckQueries() {
	}

	static Map<String, Object> describe(Query query) {
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("names", query.names());
		if (query.birth() != null) {
			described.put("birth", query.birth().exact() ? query.birth().from().toString()
					: query.birth().from() + "/" + query.birth().to());
		}
		if (query.nationality() != null) {
			described.put("nationality", query.nationality());
		}
		if (query.gender() != null) {
			described.put("gender", query.gender().name());
		}
		return described;
	}
}
