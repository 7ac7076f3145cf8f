package org.credence.registry.accreditation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.credence.registry.StaffCategory;

/**
 * The members of a mission at an instant, with their names, a page at a time: the database cuts the
 * page (a mission may have thousands of members), in the order they took up their positions.
 */
@Repository
public class MemberRoll {

	private static final String MEMBERS = """
			select a.id, a.person_id, a.mission_id, a.category, a.title, a.function, a.requested_start, a.start_at,
			       a.end_at, a.status, a.credential_number, a.credential_expires, a.recorded_at, a.departure_deadline,
			       a.departed_on, p.name_latin, p.name_native
			from accreditation a join person p on p.id = a.person_id""";

	private static final String HELD = " where a.mission_id = ? and a.status in ('ACTIVE', 'ENDED', 'WITHDRAWN')"
			+ " and a.start_at <= ? and (a.end_at is null or a.end_at > ?)";

	private final JdbcClient jdbc;

	MemberRoll(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A member's position and the names the lists show. */
	public record Member(Accreditation accreditation, String nameLatin, String nameNative) {
	}

	/**
	 * Whose members: the mission's at that instant, of that category and whose name in either script
	 * contains {@code name} (ignoring case), each when given.
	 */
	public record Roll(UUID missionId, OffsetDateTime at, StaffCategory category, String name) {

		private boolean named() {
			return name != null && !name.isBlank();
		}

		private String where() {
			return HELD + (category == null ? "" : " and a.category = ?")
					+ (named() ? " and (strpos(lower(p.name_latin), ?) > 0 or strpos(lower(p.name_native), ?) > 0)" : "");
		}

		private List<Object> params() {
			List<Object> params = new ArrayList<>(List.of(missionId, at, at));
			if (category != null) {
				params.add(category.name());
			}
			if (named()) {
				String lower = name.strip().toLowerCase(Locale.ROOT);
				params.addAll(List.of(lower, lower));
			}
			return params;
		}
	}

	/** {@code limit} members from the {@code offset}-th (from 0). */
	public List<Member> page(Roll roll, long offset, int limit) {
		List<Object> params = roll.params();
		params.addAll(List.of(limit, offset));
		return jdbc.sql(MEMBERS + roll.where() + " order by a.start_at, a.id limit ? offset ?")
			.params(params)
			.query(MemberRoll::member)
			.list();
	}

	/** How many members the roll has in all; their names read only to be searched. */
	public int count(Roll roll) {
		return jdbc.sql("select count(*) from accreditation a" + (roll.named() ? " join person p on p.id = a.person_id" : "")
				+ roll.where())
			.params(roll.params())
			.query(Integer.class)
			.single();
	}

	private static Member member(ResultSet rs, int row) throws SQLException {
		Accreditation accreditation = new Accreditation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				rs.getObject(3, UUID.class), StaffCategory.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
				rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class),
				rs.getObject(9, OffsetDateTime.class), AccreditationStatus.valueOf(rs.getString(10)), rs.getString(11),
				rs.getObject(12, OffsetDateTime.class), rs.getObject(13, OffsetDateTime.class),
				rs.getObject(14, LocalDate.class), rs.getObject(15, LocalDate.class));
		return new Member(accreditation, rs.getString(16), rs.getString(17));
	}
}
