package org.credence.relations;

import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The persons of the registry the register links to an incident, for screening: whoever asks, since
 * a mission's request is screened against the receiving party's whole record.
 */
@Service
public class PersonsInIncidents {

	private final JdbcClient jdbc;

	PersonsInIncidents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Set<UUID> all() {
		return Set.copyOf(jdbc.sql("select distinct person_id from incident_person").query(UUID.class).list());
	}
}
