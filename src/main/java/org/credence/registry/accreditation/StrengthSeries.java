package org.credence.registry.accreditation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
 * number of instants or members: each position's start and end are summed in time order, per
 * category, and the running sums read at each instant, rather than the positions counted anew at each.
 */
@Repository
public class StrengthSeries {

	/** A start or end on an instant counts before the instant is read: held from its start, no more from its end. */
	private static final String HELD_AT_EACH = """
			with position as (
			  select category, start_at, end_at from accreditation
			  where mission_id = :mission and status in ('ACTIVE', 'ENDED', 'WITHDRAWN')
			    and start_at is not null),
			change as (
			  select category, start_at as at, 0 as reading, 1 as delta, 0::bigint as n from position
			  union all select category, end_at, 0, -1, 0 from position where end_at is not null
			  union all select c.category, i.at, 1, 0, i.n
			  from unnest(cast(cast(:instants as text[]) as timestamptz[])) with ordinality i(at, n)
			  cross join unnest(cast(:categories as text[])) c(category)),
			running as (
			  select n, category, reading,
			         sum(delta) over (partition by category order by at, reading rows unbounded preceding) as held
			  from change)
			select n, category, held from running where reading = 1 and held > 0""";

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
			.param("categories", Arrays.stream(StaffCategory.values()).map(Enum::name).toArray(String[]::new))
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
