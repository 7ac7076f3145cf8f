package org.credence.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.credence.registry.RegistrySection.AccreditationEntry;
import org.credence.registry.RegistrySection.AppliedDecisionEntry;
import org.credence.registry.RegistrySection.CeilingEntry;
import org.credence.registry.RegistrySection.EventEntry;
import org.credence.registry.RegistrySection.MissionEntry;
import org.credence.registry.RegistrySection.NotAcceptableEntry;
import org.credence.registry.RegistrySection.PersonEntry;
import org.credence.registry.RegistrySection.StatusEntry;
import org.credence.registry.accreditation.AccreditationEvent;
import org.credence.registry.accreditation.AccreditationStatus;
import org.credence.registry.mission.MissionKind;
import org.credence.registry.person.Sex;

/** Reads every record of the registry, row for row, in the order it was recorded. */
@Component
class RegistrySectionRows {

	private final JdbcClient jdbc;

	RegistrySectionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	RegistrySection all() {
		Map<UUID, List<StatusEntry>> statuses = grouped("select * from mission_status order by effective_from",
				(rs, n) -> Map.entry(uuid(rs, "mission_id"), new StatusEntry(time(rs, "effective_from"),
						MissionStatus.valueOf(rs.getString("status")), rs.getString("reason"), time(rs, "recorded_at"),
						rs.getString("recorded_by"))));
		Map<UUID, Map<StaffCategory, Integer>> limits = new java.util.HashMap<>();
		jdbc.sql("select * from ceiling_category order by category").query((rs, n) -> limits
			.computeIfAbsent(uuid(rs, "ceiling_id"), id -> new EnumMap<>(StaffCategory.class))
			.put(StaffCategory.valueOf(rs.getString("category")), rs.getInt("max_positions"))).list();
		Map<UUID, List<CeilingEntry>> ceilings = grouped("select * from ceiling order by effective_from",
				(rs, n) -> Map.entry(uuid(rs, "mission_id"), new CeilingEntry(uuid(rs, "id"), time(rs, "effective_from"),
						rs.getInt("total"), limits.getOrDefault(uuid(rs, "id"), Map.of()), rs.getString("reason"),
						time(rs, "recorded_at"), rs.getString("recorded_by"))));
		List<MissionEntry> missions = jdbc.sql("select * from mission order by recorded_at, id")
			.query((rs, n) -> new MissionEntry(uuid(rs, "id"), rs.getString("sending_state"), rs.getString("name"),
					MissionKind.valueOf(rs.getString("kind")), time(rs, "recorded_at"), rs.getString("recorded_by"),
					statuses.getOrDefault(uuid(rs, "id"), List.of()), ceilings.getOrDefault(uuid(rs, "id"), List.of())))
			.list();
		return new RegistrySection(missions, persons(), accreditations(), appliedDecisions());
	}

	private List<PersonEntry> persons() {
		Map<UUID, List<String>> otherNames = grouped("select * from person_other_name order by position",
				(rs, n) -> Map.entry(uuid(rs, "person_id"), rs.getString("name")));
		Map<UUID, List<NotAcceptableEntry>> declarations = grouped(
				"select * from person_not_acceptable order by declared_from",
				(rs, n) -> Map.entry(uuid(rs, "person_id"), new NotAcceptableEntry(uuid(rs, "id"), time(rs, "declared_from"),
						rs.getString("reason"), time(rs, "recorded_at"), rs.getString("recorded_by"), time(rs, "lifted_at"),
						rs.getString("lift_reason"), time(rs, "lift_recorded_at"), rs.getString("lift_recorded_by"))));
		return jdbc.sql("select * from person order by recorded_at, id")
			.query((rs, n) -> new PersonEntry(uuid(rs, "id"), rs.getString("name_native"), rs.getString("name_latin"),
					otherNames.getOrDefault(uuid(rs, "id"), List.of()), rs.getObject("birth_year", Integer.class),
					rs.getObject("birth_month", Integer.class), rs.getObject("birth_day", Integer.class),
					rs.getString("nationality"), Sex.valueOf(rs.getString("sex")), time(rs, "recorded_at"),
					rs.getString("recorded_by"), declarations.getOrDefault(uuid(rs, "id"), List.of())))
			.list();
	}

	private List<AccreditationEntry> accreditations() {
		Map<UUID, List<EventEntry>> events = grouped("select * from accreditation_event order by id",
				(rs, n) -> Map.entry(uuid(rs, "accreditation_id"), new EventEntry(rs.getLong("id"),
						AccreditationEvent.Kind.valueOf(rs.getString("kind")), time(rs, "occurred_at"), rs.getString("reason"),
						time(rs, "recorded_at"), rs.getString("recorded_by"))));
		return jdbc.sql("select * from accreditation order by recorded_at, id")
			.query((rs, n) -> new AccreditationEntry(uuid(rs, "id"), uuid(rs, "person_id"), uuid(rs, "mission_id"),
					StaffCategory.valueOf(rs.getString("category")), rs.getString("title"), rs.getString("function"),
					time(rs, "requested_start"), time(rs, "start_at"), time(rs, "end_at"),
					AccreditationStatus.valueOf(rs.getString("status")), rs.getString("credential_number"),
					time(rs, "credential_expires"), rs.getObject("departure_deadline", LocalDate.class),
					rs.getObject("departed_on", LocalDate.class), time(rs, "recorded_at"),
					events.getOrDefault(uuid(rs, "id"), List.of())))
			.list();
	}

	private List<AppliedDecisionEntry> appliedDecisions() {
		return jdbc.sql("select * from decision_record order by recorded_at, decision_id, mission_id, person_id")
			.query((rs, n) -> new AppliedDecisionEntry(uuid(rs, "decision_id"), uuid(rs, "mission_id"),
					uuid(rs, "person_id"), time(rs, "effective_at"), rs.getString("authority"), rs.getString("summary"),
					time(rs, "recorded_at"), rs.getString("recorded_by")))
			.list();
	}

	private <T> Map<UUID, List<T>> grouped(String sql, org.springframework.jdbc.core.RowMapper<Map.Entry<UUID, T>> rows) {
		return jdbc.sql(sql).query(rows).list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
				Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(ArrayList::new))));
	}

	private static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class);
	}
}
