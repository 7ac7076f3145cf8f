package org.credence.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.AccreditationStatus;

/**
 * Reads a mission as known at a record time. An accreditation's row holds its latest state only, so
 * what was known is rebuilt from its events: approved by then (its start does not change once
 * approved), and ended by a withdrawal or a notified departure only if that was recorded by then.
 * Ceilings and statuses are appended rows, each with its own record time.
 */
@Repository
class KnownStandings {

	private final JdbcClient jdbc;

	KnownStandings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Each mission's standing, in three queries however many missions. */
	Map<UUID, KnownStanding> at(Collection<UUID> missions, OffsetDateTime at, OffsetDateTime knownAt) {
		UUID[] ids = missions.toArray(UUID[]::new);
		Map<UUID, List<Accreditation>> held = new HashMap<>();
		jdbc.sql("""
				select a.id, a.person_id, a.mission_id, a.category, a.title, a.function, a.requested_start, a.start_at,
				       a.recorded_at, e.kind as end_kind, e.occurred_at as end_at,
				       case when e.kind = 'WITHDRAWN' then a.departure_deadline end as departure_deadline
				from accreditation a
				left join lateral (
				    select kind, occurred_at from accreditation_event x
				    where x.accreditation_id = a.id and x.kind in ('WITHDRAWN', 'DEPARTURE_NOTIFIED') and x.recorded_at <= :known
				    order by x.id desc limit 1) e on true
				where a.mission_id = any(:missions) and a.start_at <= :at
				  and exists (select 1 from accreditation_event p
				              where p.accreditation_id = a.id and p.kind = 'APPROVED' and p.recorded_at <= :known)
				  and (e.occurred_at is null or e.occurred_at > :at)
				order by a.start_at, a.id""")
			.param("missions", ids)
			.param("at", at)
			.param("known", knownAt)
			.query(rs -> {
				String endKind = rs.getString("end_kind");
				AccreditationStatus status = endKind == null ? AccreditationStatus.ACTIVE
						: endKind.equals("WITHDRAWN") ? AccreditationStatus.WITHDRAWN : AccreditationStatus.ENDED;
				UUID mission = rs.getObject("mission_id", UUID.class);
				held.computeIfAbsent(mission, m -> new ArrayList<>()).add(new Accreditation(rs.getObject("id", UUID.class),
						rs.getObject("person_id", UUID.class), mission, StaffCategory.valueOf(rs.getString("category")),
						rs.getString("title"), rs.getString("function"), rs.getObject("requested_start", OffsetDateTime.class),
						rs.getObject("start_at", OffsetDateTime.class), rs.getObject("end_at", OffsetDateTime.class), status,
						null, null, rs.getObject("recorded_at", OffsetDateTime.class),
						rs.getObject("departure_deadline", LocalDate.class), null));
			});
		Map<UUID, Integer> totals = new HashMap<>();
		Map<UUID, Map<StaffCategory, Integer>> categories = new HashMap<>();
		jdbc.sql("""
				select c.mission_id, c.total, cc.category, cc.max_positions
				from (select distinct on (mission_id) id, mission_id, total from ceiling
				      where mission_id = any(:missions) and effective_from <= :at and recorded_at <= :known
				      order by mission_id, effective_from desc) c
				left join ceiling_category cc on cc.ceiling_id = c.id""")
			.param("missions", ids)
			.param("at", at)
			.param("known", knownAt)
			.query(rs -> {
				UUID mission = rs.getObject(1, UUID.class);
				totals.put(mission, rs.getInt(2));
				Map<StaffCategory, Integer> limits = categories.computeIfAbsent(mission, m -> new EnumMap<>(StaffCategory.class));
				if (rs.getString(3) != null) {
					limits.put(StaffCategory.valueOf(rs.getString(3)), rs.getInt(4));
				}
			});
		Map<UUID, MissionStatus> statuses = new HashMap<>();
		jdbc.sql("""
				select distinct on (mission_id) mission_id, status from mission_status
				where mission_id = any(:missions) and effective_from <= :at and recorded_at <= :known
				order by mission_id, effective_from desc""")
			.param("missions", ids)
			.param("at", at)
			.param("known", knownAt)
			.query(rs -> {
				statuses.put(rs.getObject(1, UUID.class), MissionStatus.valueOf(rs.getString(2)));
			});
		Map<UUID, KnownStanding> standings = new LinkedHashMap<>();
		for (UUID mission : missions) {
			standings.put(mission, new KnownStanding(mission, at, knownAt, List.copyOf(held.getOrDefault(mission, List.of())),
					totals.get(mission), Map.copyOf(categories.getOrDefault(mission, Map.of())), statuses.get(mission)));
		}
		return standings;
	}

	/** The missions at which those persons hold a position at that instant, in one query. */
	Set<UUID> missionsHolding(Collection<UUID> persons, OffsetDateTime at) {
		return Set.copyOf(jdbc.sql("""
				select distinct mission_id from accreditation
				where person_id = any(?) and status in ('ACTIVE', 'ENDED', 'WITHDRAWN')
				  and start_at <= ? and (end_at is null or end_at > ?)""")
			.params(persons.toArray(UUID[]::new), at, at)
			.query(UUID.class)
			.list());
	}
}
