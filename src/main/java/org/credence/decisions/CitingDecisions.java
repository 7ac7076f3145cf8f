package org.credence.decisions;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The decisions that cite an incident as grounds, for the relations register to show beside the incident. */
@Component
public class CitingDecisions {

	/** A decision citing an incident: its step and grounds, to name it. */
	public record Citing(UUID decision, String status, String grounds) {
	}

	private final JdbcClient jdbc;

	CitingDecisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The decisions that cite the incident, the latest drafted first. */
	public List<Citing> of(UUID incident) {
		return jdbc.sql("""
				select d.id as decision, d.status, d.grounds from decision_incident c join decision d on d.id = c.decision_id
				where c.incident_id = ? order by d.drafted_at desc, d.id""")
			.param(incident)
			.query((rs, row) -> new Citing(rs.getObject("decision", UUID.class), rs.getString("status"),
					rs.getString("grounds")))
			.list();
	}
}
