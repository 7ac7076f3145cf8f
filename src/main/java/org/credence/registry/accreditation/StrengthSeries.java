package org.credence.registry.accreditation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.credence.registry.StaffCategory;
import org.credence.registry.mission.Ceiling;

/**
 * A mission's strength at many instants (a chart's hundreds of points) in one query, whatever the
 * number of members: at each instant, each category's step of mission_strength in force then, found
 * through its primary key, rather than the positions counted.
 */
@Repository
public class StrengthSeries {

	/** A step holds from its instant on: a start or end on an instant counts before the instant is read. */
	private static final String HELD_AT_EACH = """
			select i.n, c.code, s.held
			from unnest(cast(cast(:instants as text[]) as timestamptz[])) with ordinality i(at, n)
			cross join staff_category c
			cross join lateral (
			  select held from mission_strength
			  where mission_id = :mission and category = c.code and from_at <= i.at
			  order by from_at desc limit 1) s
			where s.held > 0""";

	private final JdbcClient jdbc;

	private final CountedCategories counting;

	StrengthSeries(JdbcClient jdbc, CountedCategories counting) {
		this.jdbc = jdbc;
		this.counting = counting;
	}

	/** The strength at each instant, in their order, against the ceiling in force then among those given. */
	public List<Strength> at(UUID missionId, List<Ceiling> ceilings, List<OffsetDateTime> instants) {
		List<Map<StaffCategory, Integer>> held = new ArrayList<>();
		instants.forEach(at -> held.add(new EnumMap<>(StaffCategory.class)));
		jdbc.sql(HELD_AT_EACH)
			.param("mission", missionId)
			.param("instants", instants.stream().map(OffsetDateTime::toString).toArray(String[]::new))
			.query(rs -> {
				held.get(rs.getInt(1) - 1).put(StaffCategory.valueOf(rs.getString(2)), rs.getInt(3));
			});
		Set<StaffCategory> counted = counting.counted();
		List<Strength> strengths = new ArrayList<>();
		for (int i = 0; i < instants.size(); i++) {
			strengths.add(new Strength(instants.get(i), held.get(i), Staffing.inForce(ceilings, instants.get(i)).orElse(null),
					counted));
		}
		return strengths;
	}
}
