package org.credence.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

	KnownStanding at(UUID missionId, OffsetDateTime at, OffsetDateTime knownAt) {
		List<Accreditation> held = jdbc.sql("""
				select a.id, a.person_id, a.category, a.title, a.function, a.requested_start, a.start_at, a.recorded_at,
				       e.kind as end_kind, e.occurred_at as end_at,
				       case when e.kind = 'WITHDRAWN' then a.departure_deadline end as departure_deadline
				from accreditation a
				left join lateral (
				    select kind, occurred_at from accreditation_event x
				    where x.accreditation_id = a.id and x.kind in ('WITHDRAWN', 'DEPARTURE_NOTIFIED') and x.recorded_at <= :known
				    order by x.id desc limit 1) e on true
				where a.mission_id = :mission and a.start_at <= :at
				  and exists (select 1 from accreditation_event p
				              where p.accreditation_id = a.id and p.kind = 'APPROVED' and p.recorded_at <= :known)
				  and (e.occurred_at is null or e.occurred_at > :at)
				order by a.start_at, a.id""")
			.param("mission", missionId)
			.param("at", at)
			.param("known", knownAt)
			.query((rs, row) -> {
				String endKind = rs.getString("end_kind");
				AccreditationStatus status = endKind == null ? AccreditationStatus.ACTIVE
						: endKind.equals("WITHDRAWN") ? AccreditationStatus.WITHDRAWN : AccreditationStatus.ENDED;
				return new Accreditation(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), missionId,
						StaffCategory.valueOf(rs.getString("category")), rs.getString("title"), rs.getString("function"),
						rs.getObject("requested_start", OffsetDateTime.class), rs.getObject("start_at", OffsetDateTime.class),
						rs.getObject("end_at", OffsetDateTime.class), status, null, null,
						rs.getObject("recorded_at", OffsetDateTime.class), rs.getObject("departure_deadline", LocalDate.class),
						null);
			})
			.list();
		Map<StaffCategory, Integer> categories = new EnumMap<>(StaffCategory.class);
		Integer[] total = { null };
		jdbc.sql("""
				select c.total, cc.category, cc.max_positions
				from (select id, total from ceiling where mission_id = :mission and effective_from <= :at and recorded_at <= :known
				      order by effective_from desc limit 1) c
				left join ceiling_category cc on cc.ceiling_id = c.id""")
			.param("mission", missionId)
			.param("at", at)
			.param("known", knownAt)
			.query(rs -> {
				total[0] = rs.getInt(1);
				if (rs.getString(2) != null) {
					categories.put(StaffCategory.valueOf(rs.getString(2)), rs.getInt(3));
				}
			});
		MissionStatus status = jdbc.sql("""
				select status from mission_status where mission_id = :mission and effective_from <= :at and recorded_at <= :known
				order by effective_from desc limit 1""")
			.param("mission", missionId)
			.param("at", at)
			.param("known", knownAt)
			.query((rs, row) -> MissionStatus.valueOf(rs.getString(1)))
			.optional()
			.orElse(null);
		return new KnownStanding(missionId, at, knownAt, held, total[0], Map.copyOf(categories), status);
	}
}
