package org.credence.benchmark;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.benchmark.GeneratedRegistry.Written;
import org.credence.benchmark.RegistryPlan.PlannedMember;
import org.credence.benchmark.RegistryPlan.PlannedMission;
import org.credence.host.Host;

/**
 * A {@link RegistryPlan} written in batches of SQL into the registry's own tables, in one
 * transaction, with the rows and events the API writes for the same requests (establish, set the
 * ceiling, register, notify the arrival, approve, notify the departure, suspend), as
 * {@code GeneratedRegistryTests} checks: seconds where the API takes a quarter of an hour on a loaded
 * machine. It writes no journal entries and no screening checks, which the publication does not read.
 */
final class RegistryBatches {

	/** Who the API records as the author of every row {@link GeneratedRegistry} writes. */
	static final String OFFICER = "oidc:benchmark.officer";

	private RegistryBatches() {
	}

	static Written write(ApplicationContext server, RegistryPlan plan) {
		Host host = server.getBean(Host.class);
		return write(server.getBean(JdbcTemplate.class), server.getBean(TransactionTemplate.class), host::startOf,
				OffsetDateTime.now(server.getBean(Clock.class)), plan);
	}

	/**
	 * The same, from outside the server (bench/run loads a server started from the jar):
	 * {@code startOf} turns a day into its first instant in the receiving party's zone.
	 */
	static Written write(JdbcTemplate jdbc, TransactionTemplate transactions, Function<LocalDate, OffsetDateTime> startOf,
			OffsetDateTime now, RegistryPlan plan) {
		long start = System.nanoTime();
		Map<PlannedMission, String> ids = new LinkedHashMap<>();
		List<Object[]> missions = new ArrayList<>();
		List<Object[]> statuses = new ArrayList<>();
		List<Object[]> ceilings = new ArrayList<>();
		List<Object[]> persons = new ArrayList<>();
		List<Object[]> accreditations = new ArrayList<>();
		List<Object[]> events = new ArrayList<>();
		for (PlannedMission mission : plan.missions()) {
			UUID id = UUID.randomUUID();
			ids.put(mission, id.toString());
			missions.add(new Object[] { id, mission.sendingState(), mission.name(), mission.kind(), now, OFFICER });
			statuses.add(new Object[] { id, startOf.apply(mission.establishedOn()), "ACTIVE", "established", now, OFFICER });
			ceilings.add(new Object[] { UUID.randomUUID(), id, startOf.apply(mission.establishedOn()), mission.ceiling(), now, OFFICER });
			for (PlannedMember member : mission.members()) {
				UUID person = UUID.randomUUID();
				UUID accreditation = UUID.randomUUID();
				OffsetDateTime arrival = startOf.apply(member.arrivedOn());
				OffsetDateTime departure = startOf.apply(member.departedOn());
				persons.add(new Object[] { person, member.name().latin(), member.name().latin(), member.birthDate().getYear(),
						member.birthDate().getMonthValue(), member.birthDate().getDayOfMonth(), mission.sendingState(),
						member.name().sex(), now, OFFICER });
				accreditations.add(new Object[] { accreditation, person, id, member.post().category(), member.post().title(),
						member.post().function(), arrival, arrival, departure, departure == null ? "ACTIVE" : "ENDED", now });
				events.add(new Object[] { accreditation, "REQUESTED", arrival, null, now, OFFICER });
				events.add(new Object[] { accreditation, "APPROVED", now, null, now, OFFICER });
				if (departure != null) {
					events.add(new Object[] { accreditation, "DEPARTURE_NOTIFIED", departure, RegistryPlan.DEPARTURE_REASON, now, OFFICER });
				}
			}
			if (mission.suspendedOn() != null) {
				statuses.add(new Object[] { id, startOf.apply(mission.suspendedOn()), "SUSPENDED", RegistryPlan.SUSPENSION_REASON,
						now, OFFICER });
			}
		}
		transactions.executeWithoutResult(transaction -> {
			jdbc.batchUpdate("insert into mission (id, sending_state, name, kind, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?)",
					missions);
			jdbc.batchUpdate("""
					insert into mission_status (mission_id, effective_from, status, reason, recorded_at, recorded_by)
					values (?, ?, ?, ?, ?, ?)""", statuses);
			jdbc.batchUpdate("""
					insert into ceiling (id, mission_id, effective_from, total, recorded_at, recorded_by)
					values (?, ?, ?, ?, ?, ?)""", ceilings);
			jdbc.batchUpdate("""
					insert into person (id, name_native, name_latin, birth_year, birth_month, birth_day, nationality, sex,
					                    recorded_at, recorded_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", persons);
			jdbc.batchUpdate("""
					insert into accreditation (id, person_id, mission_id, category, title, function, requested_start, start_at,
					                           end_at, status, recorded_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", accreditations);
			jdbc.batchUpdate("""
					insert into accreditation_event (accreditation_id, kind, occurred_at, reason, recorded_at, recorded_by)
					values (?, ?, ?, ?, ?, ?)""", events);
		});
		return new Written(ids, Duration.ofNanos(System.nanoTime() - start));
	}
}
