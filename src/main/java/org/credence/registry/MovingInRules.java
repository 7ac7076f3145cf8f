package org.credence.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.credence.host.Host;
import org.credence.registry.MovingIn.Arrival;
import org.credence.registry.MovingIn.Objection;
import org.credence.registry.mission.Mission;
import org.credence.registry.mission.Missions;
import org.credence.registry.mission.StatusChange;
import org.credence.registry.person.BirthDate;

/**
 * The registry's rules for a whole set of arrivals at once: what {@code AccreditationManagement}
 * checks for one notification and its approval, read in a few queries for all rows rather than
 * row by row, and reported for every row that breaks them rather than stopping at the first.
 */
@Component
class MovingInRules {

	private final JdbcClient jdbc;

	private final Missions missions;

	private final MovingInCeilings ceilings;

	private final Host host;

	private final Clock clock;

	MovingInRules(JdbcClient jdbc, Missions missions, MovingInCeilings ceilings, Host host, Clock clock) {
		this.jdbc = jdbc;
		this.missions = missions;
		this.ceilings = ceilings;
		this.host = host;
		this.clock = clock;
	}

	List<Objection> check(List<Arrival> arrivals, LocalDate establishedOn, boolean lockMissions) {
		List<Objection> objections = new ArrayList<>();
		LocalDate today = host.localDate(OffsetDateTime.now(clock));
		for (Arrival arrival : arrivals) {
			if (arrival.arrivedOn().isAfter(today)) {
				objections.add(objection(arrival, "arrivedOn", "arrival-to-come"));
			}
			if (arrival.credentialExpiresOn() != null && !arrival.credentialExpiresOn().isAfter(arrival.arrivedOn())) {
				objections.add(objection(arrival, "credentialExpiresOn", "credential-before-arrival"));
			}
			if (arrival.birthDate() != null && !arrival.birthDate().earliest().isBefore(arrival.arrivedOn())) {
				objections.add(objection(arrival, "birthDate", "born-after-arrival"));
			}
		}
		persons(arrivals, objections);
		credentials(arrivals, objections);
		Map<String, Mission> found = missionsFound(arrivals);
		Map<String, List<Arrival>> byMission = new LinkedHashMap<>();
		arrivals.forEach(arrival -> byMission.computeIfAbsent(missionKey(arrival), key -> new ArrayList<>()).add(arrival));
		byMission.forEach((key, members) -> {
			Mission mission = found.get(key);
			if (mission == null) {
				members.stream()
					.filter(arrival -> establishedOn != null && arrival.arrivedOn().isBefore(establishedOn))
					.forEach(arrival -> objections.add(objection(arrival, "arrivedOn", "before-established")));
				return;
			}
			if (lockMissions) {
				missions.lock(mission.id());
			}
			status(mission, members, objections);
			objections.addAll(ceilings.check(mission, members));
		});
		objections.sort(Comparator.comparingLong(Objection::line).thenComparing(Objection::field));
		return objections;
	}

	/** The missions of the arrivals that the registry has already, by {@link #missionKey}. */
	Map<String, Mission> missionsFound(List<Arrival> arrivals) {
		String[] keys = arrivals.stream().map(MovingInRules::missionKey).distinct().toArray(String[]::new);
		Map<String, Mission> found = new HashMap<>();
		jdbc.sql("""
				select id, sending_state, name, kind, recorded_at, recorded_by from mission
				where sending_state || '|' || lower(name) = any(?)""")
			.param(keys)
			.query(Mission.class)
			.list()
			.forEach(mission -> found.put(missionKey(mission.sendingState(), mission.name()), mission));
		return found;
	}

	static String missionKey(Arrival arrival) {
		return missionKey(arrival.sendingState(), arrival.missionName());
	}

	private static String missionKey(String sendingState, String name) {
		return sendingState + "|" + name.trim().toLowerCase(Locale.ROOT);
	}

	/** One person, one position: a person is neither twice in the file nor registered already. */
	private void persons(List<Arrival> arrivals, List<Objection> objections) {
		Set<String> registered = new HashSet<>();
		jdbc.sql("select name_latin, nationality, birth_year, birth_month, birth_day from person where lower(name_latin) = any(?)")
			.param(arrivals.stream().map(arrival -> arrival.nameLatin().trim().toLowerCase(Locale.ROOT)).toArray(String[]::new))
			.query((rs, row) -> {
				int year = rs.getInt("birth_year");
				String birth = rs.wasNull() ? "" : new BirthDate(year,
						rs.getObject("birth_month", Integer.class), rs.getObject("birth_day", Integer.class)).toString();
				return personKey(rs.getString("name_latin"), rs.getString("nationality"), birth);
			})
			.list()
			.forEach(registered::add);
		Map<String, Arrival> seen = new HashMap<>();
		for (Arrival arrival : arrivals) {
			String key = personKey(arrival.nameLatin(), arrival.nationality(), Objects.toString(arrival.birthDate(), ""));
			Arrival first = seen.putIfAbsent(key, arrival);
			if (first != null) {
				objections.add(new Objection(arrival.line(), "nameLatin", "person-twice", List.of(first.line())));
			}
			else if (registered.contains(key)) {
				objections.add(objection(arrival, "nameLatin", "person-registered"));
			}
		}
	}

	private static String personKey(String nameLatin, String nationality, String birth) {
		return nameLatin.trim().toLowerCase(Locale.ROOT) + "|" + nationality + "|" + birth;
	}

	/** A credential number is unique in the registry. */
	private void credentials(List<Arrival> arrivals, List<Objection> objections) {
		Set<String> taken = new HashSet<>(jdbc.sql("select credential_number from accreditation where credential_number = any(?)")
			.param(arrivals.stream().map(Arrival::credentialNumber).filter(Objects::nonNull).toArray(String[]::new))
			.query(String.class)
			.list());
		Map<String, Arrival> seen = new HashMap<>();
		for (Arrival arrival : arrivals) {
			String number = arrival.credentialNumber();
			if (number == null) {
				continue;
			}
			Arrival first = seen.putIfAbsent(number, arrival);
			if (first != null) {
				objections.add(new Objection(arrival.line(), "credentialNumber", "credential-twice", List.of(first.line())));
			}
			else if (taken.contains(number)) {
				objections.add(objection(arrival, "credentialNumber", "credential-taken"));
			}
		}
	}

	/** A mission takes accreditations from the day it is established while it is active, and only if it is active now. */
	private void status(Mission mission, List<Arrival> members, List<Objection> objections) {
		List<StatusChange> history = missions.statusHistory(mission.id());
		for (Arrival arrival : members) {
			OffsetDateTime start = host.startOf(arrival.arrivedOn());
			StatusChange then = inForce(history, start);
			StatusChange now = inForce(history, OffsetDateTime.now(clock));
			if (then == null || now == null) {
				objections.add(objection(arrival, "arrivedOn", "mission-not-established"));
			}
			else if (then.status() != MissionStatus.ACTIVE || now.status() != MissionStatus.ACTIVE) {
				MissionStatus status = then.status() != MissionStatus.ACTIVE ? then.status() : now.status();
				objections.add(objection(arrival, "missionName", "mission-" + status.name().toLowerCase(Locale.ROOT)));
			}
		}
	}

	private static StatusChange inForce(List<StatusChange> history, OffsetDateTime at) {
		return history.stream().filter(change -> !change.effectiveFrom().isAfter(at)).reduce((a, b) -> b).orElse(null);
	}

	private static Objection objection(Arrival arrival, String field, String rule) {
		return new Objection(arrival.line(), field, rule, List.of());
	}
}
