package org.credence.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.credence.decisions.DecisionsSection.ActEntry;
import org.credence.decisions.DecisionsSection.DecisionEntry;
import org.credence.decisions.DecisionsSection.MemberEntry;
import org.credence.registry.StaffCategory;

/** Reads every decision, row for row, versions in the order they were drafted. */
@Component
class DecisionsSectionRows {

	private final JdbcClient jdbc;

	DecisionsSectionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DecisionsSection all() {
		Map<String, Map<StaffCategory, Integer>> limits = new HashMap<>();
		jdbc.sql("select * from decision_act_category order by category").query((rs, n) -> limits
			.computeIfAbsent(rs.getString("decision_id") + "/" + rs.getInt("position"), k -> new EnumMap<>(StaffCategory.class))
			.put(StaffCategory.valueOf(rs.getString("category")), rs.getInt("max_positions"))).list();
		Map<UUID, List<ActEntry>> acts = new HashMap<>();
		jdbc.sql("select * from decision_act order by decision_id, position").query((rs, n) -> acts
			.computeIfAbsent(uuid(rs, "decision_id"), k -> new ArrayList<>())
			.add(new ActEntry(ActKind.valueOf(rs.getString("kind")), uuid(rs, "accreditation_id"), uuid(rs, "mission_id"),
					uuid(rs, "person_id"), rs.getObject("total", Integer.class), rs.getObject("departure_deadline", LocalDate.class),
					limits.getOrDefault(rs.getString("decision_id") + "/" + rs.getInt("position"), Map.of())))).list();
		Map<UUID, List<MemberEntry>> members = new HashMap<>();
		jdbc.sql("select * from decision_member order by decision_id, state").query((rs, n) -> members
			.computeIfAbsent(uuid(rs, "decision_id"), k -> new ArrayList<>())
			.add(new MemberEntry(rs.getString("state"),
					rs.getString("answer") == null ? null : MemberAnswer.Answer.valueOf(rs.getString("answer")),
					rs.getString("statement"), time(rs, "answered_at"), rs.getString("answered_by")))).list();
		Map<UUID, List<UUID>> incidents = new HashMap<>();
		jdbc.sql("select * from decision_incident order by decision_id, position").query((rs, n) -> incidents
			.computeIfAbsent(uuid(rs, "decision_id"), k -> new ArrayList<>())
			.add(uuid(rs, "incident_id"))).list();
		return new DecisionsSection(jdbc.sql("select * from decision order by version, drafted_at, id")
			.query((rs, n) -> new DecisionEntry(uuid(rs, "id"), Authority.valueOf(rs.getString("authority")),
					DecisionStatus.valueOf(rs.getString("status")), rs.getString("grounds"), rs.getString("classification"),
					time(rs, "effective_at"), rs.getString("proposed_by"), time(rs, "drafted_at"),
					rs.getObject("circulated_on", LocalDate.class), time(rs, "deadline"), time(rs, "decided_at"),
					rs.getString("signed_by"), time(rs, "applied_at"), rs.getString("application_problem"),
					uuid(rs, "replaces"), rs.getInt("version"), rs.getInt("reference_year"), rs.getInt("reference_number"),
					acts.getOrDefault(uuid(rs, "id"), List.of()), members.getOrDefault(uuid(rs, "id"), List.of()),
					incidents.getOrDefault(uuid(rs, "id"), List.of())))
			.list());
	}

	private static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class);
	}
}
