package org.credence.decisions;

import java.util.List;
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
		return jdbc.sql("select incident_id from decision_incident where decision_id = ? order by position")
			.param(decision)
			.query(UUID.class)
			.list();
	}
}
