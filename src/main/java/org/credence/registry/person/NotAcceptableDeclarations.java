package org.credence.registry.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every declaration of non-acceptability, each with its period; none is deleted. */
@Repository
public class NotAcceptableDeclarations {

	private static final String COLUMNS = """
			id, person_id, declared_from, reason, recorded_at, recorded_by, lifted_at, lift_reason, lift_recorded_at,
			lift_recorded_by""";

	private final JdbcClient jdbc;

	NotAcceptableDeclarations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(NotAcceptable declaration) {
		jdbc.sql("insert into person_not_acceptable (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(declaration.id(), declaration.personId(), declaration.declaredFrom(), declaration.reason(),
					declaration.recordedAt(), declaration.recordedBy(), declaration.liftedAt(), declaration.liftReason(),
					declaration.liftRecordedAt(), declaration.liftRecordedBy())
			.update();
	}

	void lift(NotAcceptable lifted) {
		jdbc.sql("""
				update person_not_acceptable set lifted_at = ?, lift_reason = ?, lift_recorded_at = ?, lift_recorded_by = ?
				where id = ? and lifted_at is null""")
			.params(lifted.liftedAt(), lifted.liftReason(), lifted.liftRecordedAt(), lifted.liftRecordedBy(), lifted.id())
			.update();
	}

	/** The declaration that stands, not lifted, if any: it may take effect later than now. */
	public Optional<NotAcceptable> standing(UUID personId) {
		return jdbc.sql("select " + COLUMNS + " from person_not_acceptable where person_id = ? and lifted_at is null")
			.param(personId)
			.query(NotAcceptableDeclarations::map)
			.optional();
	}

	/** The first declaration of the person {@code p} whose period reaches into the time from the instant given. */
	static final String REACHING_INTO = "select * from person_not_acceptable where person_id = p.id"
			+ " and (lifted_at is null or lifted_at > ?) order by declared_from limit 1";

	/** The first declaration whose period reaches into the time from that instant on. */
	public Optional<NotAcceptable> reachingInto(UUID personId, OffsetDateTime from) {
		return jdbc.sql("select " + COLUMNS + " from person_not_acceptable where person_id = ?"
				+ " and (lifted_at is null or lifted_at > ?) order by declared_from limit 1")
			.params(personId, from)
			.query(NotAcceptableDeclarations::map)
			.optional();
	}

	/** The person's declarations in the order they were made. */
	public List<NotAcceptable> of(UUID personId) {
		return jdbc.sql("select " + COLUMNS + " from person_not_acceptable where person_id = ? order by declared_from")
			.param(personId)
			.query(NotAcceptableDeclarations::map)
			.list();
	}

	private static NotAcceptable map(ResultSet rs, int row) throws SQLException {
		return map(rs, "");
	}

	/** The declaration whose columns carry that prefix; null when its id is null (none, as an outer join gives). */
	static NotAcceptable map(ResultSet rs, String prefix) throws SQLException {
		UUID id = rs.getObject(prefix + "id", UUID.class);
		return id == null ? null
				: new NotAcceptable(id, rs.getObject(prefix + "person_id", UUID.class),
						rs.getObject(prefix + "declared_from", OffsetDateTime.class), rs.getString(prefix + "reason"),
						rs.getObject(prefix + "recorded_at", OffsetDateTime.class), rs.getString(prefix + "recorded_by"),
						rs.getObject(prefix + "lifted_at", OffsetDateTime.class), rs.getString(prefix + "lift_reason"),
						rs.getObject(prefix + "lift_recorded_at", OffsetDateTime.class), rs.getString(prefix + "lift_recorded_by"));
	}

	/** The columns of a declaration aliased {@code d}, named with the prefix {@code d_}: to read it beside another row. */
	static String prefixedColumns() {
		return Arrays.stream(COLUMNS.split(",")).map(String::trim).map(c -> "d." + c + " as d_" + c)
			.collect(Collectors.joining(", "));
	}

	/** When the standing declaration took effect, for each of those persons who has one: one query for a list. */
	Map<UUID, OffsetDateTime> standingSince(Collection<UUID> personIds) {
		Map<UUID, OffsetDateTime> since = new HashMap<>();
		jdbc.sql("select person_id, declared_from from person_not_acceptable where person_id = any(?) and lifted_at is null")
			.param(personIds.toArray(UUID[]::new))
			.query(rs -> {
				since.put(rs.getObject("person_id", UUID.class), rs.getObject("declared_from", OffsetDateTime.class));
			});
		return since;
	}
}
