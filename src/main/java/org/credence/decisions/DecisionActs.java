package org.credence.decisions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.credence.registry.StaffCategory;

/** The acts of each decision, in order, with a ceiling's per-category limits; they never change once drafted. */
@Repository
class DecisionActs {

	private final JdbcClient jdbc;

	DecisionActs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID decision, List<Act> acts) {
		for (int i = 0; i < acts.size(); i++) {
			Act act = acts.get(i);
			int position = i + 1;
			jdbc.sql("""
					insert into decision_act (decision_id, position, kind, accreditation_id, mission_id, total,
					                          departure_deadline, person_id)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(decision, position, act.kind().name(), act.accreditationId(), act.missionId(), act.total(),
						act.departureDeadline(), act.personId())
				.update();
			act.categories().forEach((category, max) -> jdbc.sql("""
					insert into decision_act_category (decision_id, position, category, max_positions)
					values (?, ?, ?, ?)""")
				.params(decision, position, category.name(), max)
				.update());
		}
	}

	List<Act> of(UUID decision) {
		return of(List.of(decision)).getOrDefault(decision, List.of());
	}

	/** The acts of each decision, in order, in two queries however many decisions: a list costs no more per row. */
	Map<UUID, List<Act>> of(Collection<UUID> decisions) {
		Map<UUID, Map<Integer, Map<StaffCategory, Integer>>> categories = new HashMap<>();
		jdbc.sql("select decision_id, position, category, max_positions from decision_act_category where decision_id = any(?)")
			.param(decisions.toArray(UUID[]::new))
			.query(rs -> {
				categories.computeIfAbsent(rs.getObject(1, UUID.class), decision -> new HashMap<>())
					.computeIfAbsent(rs.getInt(2), position -> new EnumMap<>(StaffCategory.class))
					.put(StaffCategory.valueOf(rs.getString(3)), rs.getInt(4));
			});
		Map<UUID, List<Act>> acts = new HashMap<>();
		jdbc.sql("""
				select decision_id, position, kind, accreditation_id, mission_id, total, departure_deadline, person_id
				from decision_act where decision_id = any(?) order by decision_id, position""")
			.param(decisions.toArray(UUID[]::new))
			.query(rs -> {
				UUID decision = rs.getObject("decision_id", UUID.class);
				acts.computeIfAbsent(decision, d -> new ArrayList<>()).add(new Act(ActKind.valueOf(rs.getString("kind")),
						rs.getObject("accreditation_id", UUID.class), rs.getObject("mission_id", UUID.class),
						rs.getObject("total", Integer.class), rs.getObject("departure_deadline", LocalDate.class),
						rs.getObject("person_id", UUID.class),
						categories.getOrDefault(decision, Map.of()).get(rs.getInt("position"))));
			});
		return acts;
	}
}
