package org.credence.registry.mission;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.credence.registry.StaffCategory;

/** Every ceiling ever set on a mission, each from its instant on; none is overwritten. */
@Repository
public class Ceilings {

	private final JdbcClient jdbc;

	Ceilings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Ceiling ceiling) {
		jdbc.sql("""
				insert into ceiling (id, mission_id, effective_from, total, reason, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(ceiling.id(), ceiling.missionId(), ceiling.effectiveFrom(), ceiling.total(), ceiling.reason(),
					ceiling.recordedAt(), ceiling.recordedBy())
			.update();
		ceiling.categories()
			.forEach((category, max) -> jdbc
				.sql("insert into ceiling_category (ceiling_id, category, max_positions) values (?, ?, ?)")
				.params(ceiling.id(), category.name(), max)
				.update());
	}

	boolean existsFrom(UUID missionId, OffsetDateTime effectiveFrom) {
		return jdbc.sql("select count(*) from ceiling where mission_id = ? and effective_from = ?")
			.params(missionId, effectiveFrom)
			.query(Integer.class)
			.single() > 0;
	}

	/** The mission's ceilings in the order they take effect. */
	public List<Ceiling> history(UUID missionId) {
		Map<UUID, Map<StaffCategory, Integer>> categories = new LinkedHashMap<>();
		jdbc.sql("""
				select cc.ceiling_id, cc.category, cc.max_positions from ceiling_category cc
				join ceiling c on c.id = cc.ceiling_id where c.mission_id = ? order by cc.category""")
			.param(missionId)
			.query((rs, row) -> categories.computeIfAbsent(rs.getObject(1, UUID.class), id -> new EnumMap<>(StaffCategory.class))
				.put(StaffCategory.valueOf(rs.getString(2)), rs.getInt(3)))
			.list();
		return jdbc.sql("""
				select id, mission_id, effective_from, total, reason, recorded_at, recorded_by
				from ceiling where mission_id = ? order by effective_from""")
			.param(missionId)
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new Ceiling(id, missionId, rs.getObject("effective_from", OffsetDateTime.class), rs.getInt("total"),
						Map.copyOf(categories.getOrDefault(id, Map.of())), rs.getString("reason"),
						rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by"));
			})
			.list();
	}
}
