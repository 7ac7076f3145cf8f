package org.credence.benchmark;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What {@code bench/run} adds to a {@link RegistryPlan} written by {@link RegistryBatches}, in SQL
 * batches of the same rows the API writes: persons on file without any position (visitors
 * registered once, family members) up to the number of persons measured, and missions grown to
 * thousands of members, taken from those persons, to see what a mission's size costs.
 */
final class RegistryFill {

	private final JdbcTemplate jdbc;

	private final Function<LocalDate, OffsetDateTime> startOf;

	private final Random random = new Random(15);

	private final List<UUID> unplaced = new ArrayList<>();

	RegistryFill(JdbcTemplate jdbc, Function<LocalDate, OffsetDateTime> startOf) {
		this.jdbc = jdbc;
		this.startOf = startOf;
	}

	/** Persons without a position until the registry holds that many persons in all. */
	void personsUpTo(int total, List<String> nationalities) {
		int missing = total - jdbc.queryForObject("select count(*) from person", Integer.class);
		OffsetDateTime now = OffsetDateTime.now();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < missing; i++) {
			UUID id = UUID.randomUUID();
			GeneratedNames.Name name = GeneratedNames.next(random);
			LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(55 * 365));
			rows.add(new Object[] { id, name.latin(), name.latin(), birth.getYear(), birth.getMonthValue(),
					birth.getDayOfMonth(), nationalities.get(random.nextInt(nationalities.size())), name.sex(), now,
					RegistryBatches.OFFICER });
			unplaced.add(id);
		}
		jdbc.batchUpdate("""
				insert into person (id, name_native, name_latin, birth_year, birth_month, birth_day, nationality, sex,
				                    recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/**
	 * The mission given so many more current members, approved, who arrived over the last eight
	 * years, and a ceiling that never stops the load generator's approvals.
	 */
	void grow(String mission, int members, LocalDate today) {
		OffsetDateTime now = OffsetDateTime.now();
		List<Object[]> accreditations = new ArrayList<>();
		List<Object[]> events = new ArrayList<>();
		for (int i = 0; i < members; i++) {
			UUID accreditation = UUID.randomUUID();
			OffsetDateTime arrival = startOf.apply(today.minusDays(7 + random.nextInt(8 * 365)));
			StaffMix.Post post = StaffMix.post(random);
			accreditations.add(new Object[] { accreditation, unplaced.remove(unplaced.size() - 1), UUID.fromString(mission),
					post.category(), post.title(), post.function(), arrival, arrival, null, "ACTIVE", now });
			events.add(new Object[] { accreditation, "REQUESTED", arrival, null, now, RegistryBatches.OFFICER });
			events.add(new Object[] { accreditation, "APPROVED", now, null, now, RegistryBatches.OFFICER });
		}
		jdbc.batchUpdate("""
				insert into accreditation (id, person_id, mission_id, category, title, function, requested_start, start_at,
				                           end_at, status, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", accreditations);
		jdbc.batchUpdate("""
				insert into accreditation_event (accreditation_id, kind, occurred_at, reason, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?)""", events);
		unlimited(mission);
	}

	/** Every ceiling of the mission raised out of reach: the benchmark measures writes, not refusals. */
	void unlimited(String mission) {
		jdbc.update("update ceiling set total = 1000000 where mission_id = ?", UUID.fromString(mission));
	}
}
