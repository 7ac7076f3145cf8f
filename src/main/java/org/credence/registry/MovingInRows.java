package org.credence.registry;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Component;

import org.credence.host.Host;
import org.credence.registry.MovingIn.Arrival;
import org.credence.registry.MovingIn.Written;
import org.credence.registry.mission.Mission;
import org.credence.registry.mission.MissionKind;
import org.credence.registry.person.BirthDate;
import org.credence.security.Actors;

/**
 * The rows of a move-in, written by JDBC batches of {@value #BATCH} (one round trip per batch and
 * table, not per row): the same rows the registry's services write one by one, missions established
 * and persons registered, accreditations active from the day of arrival with their approval as event.
 */
@Component
class MovingInRows {

	static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final Host host;

	private final Actors actors;

	private final Clock clock;

	MovingInRows(JdbcTemplate jdbc, Host host, Actors actors, Clock clock) {
		this.jdbc = jdbc;
		this.host = host;
		this.actors = actors;
		this.clock = clock;
	}

	Written write(List<Arrival> arrivals, Map<String, Mission> found, LocalDate establishedOn, IntConsumer progress) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String actor = actors.current();
		Map<String, UUID> missionIds = new HashMap<>();
		found.forEach((key, mission) -> missionIds.put(key, mission.id()));
		Map<String, Arrival> firstOfNew = new LinkedHashMap<>();
		arrivals.stream()
			.filter(arrival -> !found.containsKey(MovingInRules.missionKey(arrival)))
			.sorted(Comparator.comparing(Arrival::arrivedOn))
			.forEach(arrival -> firstOfNew.putIfAbsent(MovingInRules.missionKey(arrival), arrival));
		firstOfNew.forEach((key, first) -> missionIds.put(key, UUID.randomUUID()));
		// An organization receives permanent missions, a state embassies; a page changes the kind later if need be.
		MissionKind kind = host.kind() == Host.Kind.STATE ? MissionKind.EMBASSY : MissionKind.PERMANENT_MISSION;
		List<Arrival> firsts = List.copyOf(firstOfNew.values());
		batch("insert into mission (id, sending_state, name, kind, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?)",
				firsts, (ps, first) -> values(ps, missionIds.get(MovingInRules.missionKey(first)), first.sendingState(),
						first.missionName().trim(), kind.name(), now, actor));
		batch("""
				insert into mission_status (mission_id, effective_from, status, reason, recorded_at, recorded_by)
				values (?, ?, 'ACTIVE', 'established', ?, ?)""", firsts,
				(ps, first) -> values(ps, missionIds.get(MovingInRules.missionKey(first)),
						host.startOf(establishedOn != null ? establishedOn : first.arrivedOn()), now, actor));
		for (int from = 0; from < arrivals.size(); from += BATCH) {
			List<Arrival> chunk = arrivals.subList(from, Math.min(arrivals.size(), from + BATCH));
			List<UUID> persons = chunk.stream().map(arrival -> UUID.randomUUID()).toList();
			List<UUID> accreditations = chunk.stream().map(arrival -> UUID.randomUUID()).toList();
			batch("""
					insert into person (id, name_native, name_latin, birth_year, birth_month, birth_day, nationality, sex,
					                    recorded_at, recorded_by)
					values (?, ?, ?, ?, ?, ?, ?, 'UNKNOWN', ?, ?)""", indexes(chunk), (ps, i) -> {
				Arrival arrival = chunk.get(i);
				BirthDate birth = arrival.birthDate();
				values(ps, persons.get(i), arrival.nameNative(), arrival.nameLatin());
				ps.setObject(4, birth == null ? null : birth.year(), Types.SMALLINT);
				ps.setObject(5, birth == null ? null : birth.month(), Types.SMALLINT);
				ps.setObject(6, birth == null ? null : birth.day(), Types.SMALLINT);
				ps.setString(7, arrival.nationality());
				ps.setObject(8, now);
				ps.setString(9, actor);
			});
			batch("""
					insert into accreditation (id, person_id, mission_id, category, title, function, requested_start,
					                           start_at, status, credential_number, credential_expires, recorded_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)""", indexes(chunk), (ps, i) -> {
				Arrival arrival = chunk.get(i);
				OffsetDateTime start = host.startOf(arrival.arrivedOn());
				values(ps, accreditations.get(i), persons.get(i), missionIds.get(MovingInRules.missionKey(arrival)),
						arrival.category().name(), arrival.title(), arrival.function(), start, start);
				ps.setObject(9, arrival.credentialNumber(), Types.VARCHAR);
				ps.setObject(10, host.startOf(arrival.credentialExpiresOn()), Types.TIMESTAMP_WITH_TIMEZONE);
				ps.setObject(11, now);
			});
			batch("""
					insert into accreditation_event (accreditation_id, kind, occurred_at, recorded_at, recorded_by)
					values (?, 'APPROVED', ?, ?, ?)""", indexes(chunk),
					(ps, i) -> values(ps, accreditations.get(i), host.startOf(chunk.get(i).arrivedOn()), now, actor));
			progress.accept(from + chunk.size());
		}
		return new Written(firsts.size(), arrivals.size(), arrivals.size());
	}

	private <T> void batch(String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(sql, rows, BATCH, setter);
		}
	}

	private static List<Integer> indexes(List<?> chunk) {
		return java.util.stream.IntStream.range(0, chunk.size()).boxed().toList();
	}

	private static void values(PreparedStatement ps, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			ps.setObject(i + 1, values[i]);
		}
	}
}
