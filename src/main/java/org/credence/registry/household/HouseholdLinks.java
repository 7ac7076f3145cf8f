package org.credence.registry.household;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The links of household members to their principals (the table household_link). */
@Repository
class HouseholdLinks {

	private static final String COLUMNS = """
			id, principal_id, member_id, accreditation_id, relation, linked_from, linked_until, education_until,
			work_permitted_from, work_permitted_until, recorded_at, recorded_by""";

	private static final String PREFIXED = """
			l.id, l.principal_id, l.member_id, l.accreditation_id, l.relation, l.linked_from, l.linked_until,
			l.education_until, l.work_permitted_from, l.work_permitted_until, l.recorded_at, l.recorded_by""";

	private final JdbcClient jdbc;

	HouseholdLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(HouseholdLink link) {
		jdbc.sql("insert into household_link (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(link.id(), link.principalId(), link.memberId(), link.accreditationId(), link.relation().name(),
					link.linkedFrom(), link.linkedUntil(), link.educationUntil(), link.workPermittedFrom(),
					link.workPermittedUntil(), link.recordedAt(), link.recordedBy())
			.update();
	}

	void update(HouseholdLink link) {
		jdbc.sql("""
				update household_link set linked_until = ?, education_until = ?, work_permitted_from = ?,
				                          work_permitted_until = ?
				where id = ?""")
			.params(link.linkedUntil(), link.educationUntil(), link.workPermittedFrom(), link.workPermittedUntil(),
					link.id())
			.update();
	}

	/** The link, locked until the transaction ends, so that two changes to its conditions do not cross. */
	Optional<HouseholdLink> lock(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from household_link where id = ? for update")
			.param(id)
			.query(HouseholdLinks::map)
			.optional();
	}

	/** The links of the members whose accreditations are tied to that one, in the order they were recorded. */
	List<HouseholdLink> ofPrincipalAccreditation(UUID principalAccreditationId) {
		return jdbc.sql("select " + PREFIXED + """
				 from household_link l join accreditation_tie t on t.accreditation_id = l.accreditation_id
				where t.principal_id = ? order by l.recorded_at, l.id""")
			.param(principalAccreditationId)
			.query(HouseholdLinks::map)
			.list();
	}

	/**
	 * Children whose link holds on that day and whose accreditation is active: the few the age limit
	 * may concern, each then checked against their birth date.
	 */
	List<HouseholdLink> currentChildren(LocalDate day) {
		return jdbc.sql("select " + PREFIXED + """
				 from household_link l join accreditation a on a.id = l.accreditation_id
				where l.relation = 'CHILD' and a.status = 'ACTIVE' and l.linked_from <= ?
				  and (l.linked_until is null or l.linked_until > ?)""")
			.params(day, day)
			.query(HouseholdLinks::map)
			.list();
	}

	private static HouseholdLink map(ResultSet rs, int row) throws SQLException {
		return new HouseholdLink(rs.getObject("id", UUID.class), rs.getObject("principal_id", UUID.class),
				rs.getObject("member_id", UUID.class), rs.getObject("accreditation_id", UUID.class),
				Relation.valueOf(rs.getString("relation")), rs.getObject("linked_from", LocalDate.class),
				rs.getObject("linked_until", LocalDate.class), rs.getObject("education_until", LocalDate.class),
				rs.getObject("work_permitted_from", LocalDate.class), rs.getObject("work_permitted_until", LocalDate.class),
				rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by"));
	}
}
