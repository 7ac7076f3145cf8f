package org.credence.relations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.credence.decisions.IncidentCatalogue;

/** Incidents with their counts, linked persons and citations. */
@Repository
class Incidents {

	private static final String SELECT = """
			select i.id, i.kind, i.title, i.acting_state, i.affected_state, i.occurred_on, i.deadline_to_leave,
			       i.grounds, i.answers, i.classification, i.recorded_at, i.recorded_by, i.decision_id,
			       array(select c.category || '=' || c.number from incident_count c
			             where c.incident_id = i.id order by c.category) as counts,
			       array(select p.person_id from incident_person p where p.incident_id = i.id order by p.person_id) as persons
			from incident i""";

	private static final String ORDER = " order by i.occurred_on, i.recorded_at, i.id";

	private final JdbcClient jdbc;

	Incidents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Incident incident) {
		jdbc.sql("""
				insert into incident (id, kind, title, acting_state, affected_state, occurred_on, deadline_to_leave,
				                      grounds, answers, classification, recorded_at, recorded_by, decision_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(incident.id(), incident.kind().name(), incident.title(), Parties.column(incident.acting()),
					Parties.column(incident.affected()), incident.occurredOn(), incident.deadlineToLeave(),
					incident.grounds(), incident.answers(), incident.classification(), incident.recordedAt(),
					incident.recordedBy(), incident.decision())
			.update();
		incident.counts().forEach((category, number) -> jdbc
			.sql("insert into incident_count (incident_id, category, number) values (?, ?, ?)")
			.params(incident.id(), category, number)
			.update());
		incident.persons().forEach(person -> jdbc
			.sql("insert into incident_person (incident_id, person_id) values (?, ?)")
			.params(incident.id(), person)
			.update());
	}

	/** Links the person; false when already linked (also when a concurrent link won the race). */
	boolean link(UUID incident, UUID person) {
		return jdbc.sql("insert into incident_person (incident_id, person_id) values (?, ?) on conflict do nothing")
			.params(incident, person)
			.update() > 0;
	}

	Optional<Incident> find(UUID id) {
		return jdbc.sql(SELECT + " where i.id = ?").param(id).query(Incidents::map).optional();
	}

	/** Incidents in order of occurrence, optionally only those between two parties and within dates. */
	List<Incident> all(String one, String other, LocalDate from, LocalDate to) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" where true");
		if (one != null) {
			where.append(" and (coalesce(i.acting_state, 'HOST') = ? and coalesce(i.affected_state, 'HOST') = ?"
					+ " or coalesce(i.acting_state, 'HOST') = ? and coalesce(i.affected_state, 'HOST') = ?)");
			params.addAll(List.of(one, other, other, one));
		}
		if (from != null) {
			where.append(" and i.occurred_on >= ?");
			params.add(from);
		}
		if (to != null) {
			where.append(" and i.occurred_on <= ?");
			params.add(to);
		}
		return jdbc.sql(SELECT + where + ORDER).params(params).query(Incidents::map).list();
	}

	/** The latest incidents, as a draft decision offers them for citing. */
	List<IncidentCatalogue.Citable> recent(int limit) {
		return jdbc.sql("select id, occurred_on, title from incident order by occurred_on desc, recorded_at desc, id limit ?")
			.param(limit)
			.query((rs, row) -> new IncidentCatalogue.Citable(rs.getObject("id", UUID.class),
					rs.getObject("occurred_on", LocalDate.class), rs.getString("title")))
			.list();
	}

	boolean recordedFrom(UUID decision) {
		return jdbc.sql("select count(*) from incident where decision_id = ?").param(decision).query(Long.class).single() > 0;
	}

	/** The incidents that answered this one. */
	List<UUID> answersTo(UUID id) {
		return jdbc.sql("select id from incident where answers = ? order by occurred_on, recorded_at, id")
			.param(id)
			.query(UUID.class)
			.list();
	}

	void cite(Citation c) {
		jdbc.sql("""
				insert into citation (id, incident_id, fact, stance, publisher, published_on, title, address,
				                      recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.incidentId(), c.fact(), c.stance().name(), c.publisher(), c.publishedOn(), c.title(),
					c.address(), c.recordedAt(), c.recordedBy())
			.update();
	}

	boolean citationExists(UUID id) {
		return jdbc.sql("select exists (select 1 from citation where id = ?)").param(id).query(Boolean.class).single();
	}

	List<Citation> citations(UUID incident) {
		return jdbc.sql("""
				select id, incident_id, fact, stance, publisher, published_on, title, address, recorded_at, recorded_by
				from citation where incident_id = ? order by published_on, seq""")
			.param(incident)
			.query(Incidents::citation)
			.list();
	}

	private static Citation citation(ResultSet rs, int row) throws SQLException {
		return new Citation(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class), rs.getString("fact"),
				Citation.Stance.valueOf(rs.getString("stance")), rs.getString("publisher"),
				rs.getObject("published_on", LocalDate.class), rs.getString("title"), rs.getString("address"),
				rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by"));
	}

	private static Incident map(ResultSet rs, int row) throws SQLException {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String count : (String[]) rs.getArray("counts").getArray()) {
			String[] parts = count.split("=");
			counts.put(parts[0], Integer.valueOf(parts[1]));
		}
		List<UUID> persons = Arrays.asList((UUID[]) rs.getArray("persons").getArray());
		return new Incident(rs.getObject("id", UUID.class), IncidentKind.valueOf(rs.getString("kind")),
				rs.getString("title"), Parties.party(rs.getString("acting_state")),
				Parties.party(rs.getString("affected_state")), rs.getObject("occurred_on", LocalDate.class),
				rs.getObject("deadline_to_leave", LocalDate.class), rs.getString("grounds"),
				rs.getObject("answers", UUID.class), rs.getString("classification"),
				rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by"), counts, persons,
				rs.getObject("decision_id", UUID.class));
	}
}
