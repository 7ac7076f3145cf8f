package org.credence.decisions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which incidents each decision cites as grounds; {@link CitingDecisions} answers the other way round. */
@Repository
class CitedIncidents {

	private final JdbcClient jdbc;

	CitedIncidents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void cite(UUID decision, List<UUID> incidents) {
		for (int i = 0; i < incidents.size(); i++) {
			jdbc.sql("insert into decision_incident (decision_id, incident_id, position) values (?, ?, ?)")
				.params(decision, incidents.get(i), i + 1)
				.update();
		}
	}

	List<UUID> citedBy(UUID decision) {
		return citedBy(List.of(decision)).getOrDefault(decision, List.of());
	}

	/** The incidents each decision cites, in order: one query however many decisions. */
	Map<UUID, List<UUID>> citedBy(Collection<UUID> decisions) {
		Map<UUID, List<UUID>> cited = new HashMap<>();
		jdbc.sql("select decision_id, incident_id from decision_incident where decision_id = any(?) order by decision_id, position")
			.param(decisions.toArray(UUID[]::new))
			.query(rs -> {
				cited.computeIfAbsent(rs.getObject(1, UUID.class), decision -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
			});
		return cited;
	}
}
