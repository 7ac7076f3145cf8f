package org.credence.registry.listing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.credence.host.Host;
import org.credence.registry.MissionStatus;
import org.credence.registry.StaffCategory;
import org.credence.registry.mission.MissionContact;
import org.credence.registry.mission.MissionKind;

/**
 * The registry as a diplomatic list publishes it, whoever asks: two queries whatever the number of
 * missions and members, one for the missions not closed at the instant with their status and contact,
 * one for every position held then in the published categories.
 */
@Repository
public class PublishedMissions {

	private final JdbcClient jdbc;

	private final Host host;

	PublishedMissions(JdbcClient jdbc, Host host) {
		this.jdbc = jdbc;
		this.host = host;
	}

	/** Missions established and not closed at that instant, in no particular order; members by category, then arrival. */
	public List<PublishedMission> at(OffsetDateTime at, Set<StaffCategory> categories) {
		Map<UUID, List<PublishedMember>> members = membersAt(at, categories);
		return jdbc.sql("""
				select m.id, m.sending_state, m.name, m.kind, s.status, c.address, c.telephone, c.email,
				    c.web_address, c.head_took_up_functions_on
				from mission m
				join lateral (select status from mission_status
				              where mission_id = m.id and effective_from <= ?
				              order by effective_from desc limit 1) s on true
				left join mission_contact c on c.mission_id = m.id
				where s.status <> 'CLOSED'""")
			.param(at)
			.query((rs, row) -> {
				UUID id = rs.getObject(1, UUID.class);
				MissionStatus status = MissionStatus.valueOf(rs.getString(5));
				boolean suspended = status == MissionStatus.SUSPENDED;
				MissionContact contact = suspended ? MissionContact.NONE : new MissionContact(rs.getString(6),
						rs.getString(7), rs.getString(8), rs.getString(9), rs.getObject(10, LocalDate.class));
				return new PublishedMission(id, rs.getString(2), rs.getString(3), MissionKind.valueOf(rs.getString(4)),
						status, contact, suspended ? List.of() : members.getOrDefault(id, List.of()));
			})
			.list();
	}

	private Map<UUID, List<PublishedMember>> membersAt(OffsetDateTime at, Set<StaffCategory> categories) {
		Map<UUID, List<PublishedMember>> members = new HashMap<>();
		jdbc.sql("""
				select a.mission_id, p.name_latin, a.category, a.title, a.function, a.start_at, spouse.name_latin
				from accreditation a join person p on p.id = a.person_id
				left join lateral (
				  select sp.name_latin from accreditation_tie t
				  join household_link l on l.accreditation_id = t.accreditation_id
				  join accreditation s on s.id = t.accreditation_id
				  join person sp on sp.id = l.member_id
				  where t.principal_id = a.id and l.relation = 'SPOUSE_OR_PARTNER'
				    and l.linked_from <= :day and (l.linked_until is null or l.linked_until > :day)
				    and s.status in ('ACTIVE', 'ENDED', 'WITHDRAWN') and s.start_at <= :at and (s.end_at is null or s.end_at > :at)
				  order by l.linked_from desc limit 1) spouse on true
				where a.status in ('ACTIVE', 'ENDED', 'WITHDRAWN') and a.start_at <= :at and (a.end_at is null or a.end_at > :at)
				  and a.category = any(:categories)
				order by a.start_at, p.name_latin""")
			.param("at", at)
			.param("day", host.localDate(at))
			.param("categories", categories.stream().map(Enum::name).toArray(String[]::new))
			.query(rs -> {
				members.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(new PublishedMember(rs.getString(2), StaffCategory.valueOf(rs.getString(3)), rs.getString(4),
							rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7)));
			});
		members.values().forEach(list -> list.sort(Comparator.comparing(PublishedMember::category)));
		return members;
	}
}
