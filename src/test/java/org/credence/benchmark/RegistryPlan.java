package org.credence.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.credence.benchmark.GeneratedNames.Name;
import org.credence.host.Host;
import org.credence.support.Api;

/**
 * What a generated registry holds, drawn from a fixed seed so that every run measures the same
 * registry: missions of as many sending states, their current members spread unevenly (a few
 * missions with hundreds, most with tens), members who left in earlier years, and a few missions
 * suspended after their last arrival. Dates are relative to today, so that the list as of a few
 * years ago differs from today's.
 */
record RegistryPlan(LocalDate today, List<PlannedMission> missions) {

	record PlannedMission(String sendingState, String name, String kind, LocalDate establishedOn, int ceiling,
			LocalDate suspendedOn, List<PlannedMember> members) {
	}

	/** A member; {@code departedOn} null for one still there. */
	record PlannedMember(Name name, LocalDate birthDate, StaffMix.Post post, LocalDate arrivedOn, LocalDate departedOn) {

		boolean heldOn(LocalDate day) {
			return !arrivedOn.isAfter(day) && (departedOn == null || departedOn.isAfter(day));
		}
	}

	/** For each current member, so many who left before. */
	private static final double DEPARTED_SHARE = 0.25;

	/** Suspended missions: one in fifty, at least one. */
	private static final int SUSPENDED_ONE_IN = 50;

	static final String DEPARTURE_REASON = "End of posting";

	static final String SUSPENSION_REASON = "Suspended by the receiving party";

	/**
	 * @param states ISO 3166-1 alpha-3 codes with their English names, at least {@code missions} of them
	 * @param hostMembers the receiving organization's member states, whose missions are permanent ones
	 */
	/** The states the server knows (code and English name), as a plan takes them. */
	static List<String[]> states(Api officer) {
		return officer.get("/api/states").json().valueStream()
			.map(s -> new String[] { s.get("code").asString(), s.get("nameEn").asString() }).toList();
	}

	/** The receiving party's member states on that day. */
	static Set<String> hostMembers(Host host, LocalDate today) {
		return Set.copyOf(host.membersOn(today).stream().map(Host.Member::state).toList());
	}

	/** A plan of the server's own states and host. */
	static RegistryPlan of(Api officer, Host host, LocalDate today, int missions, int members) {
		return of(states(officer), hostMembers(host, today), today, missions, members);
	}

	static RegistryPlan of(List<String[]> states, Set<String> hostMembers, LocalDate today, int missions, int members) {
		Random random = new Random(14);
		List<String[]> senders = new ArrayList<>(states.stream().filter(s -> hostMembers.contains(s[0])).toList());
		List<String[]> others = new ArrayList<>(states.stream().filter(s -> !hostMembers.contains(s[0])).toList());
		Collections.shuffle(others, random);
		senders.addAll(others);
		int[] sizes = sizes(missions, members);
		List<Integer> suspended = random.ints(0, missions).distinct().limit(Math.max(1, missions / SUSPENDED_ONE_IN)).boxed().toList();
		List<PlannedMission> planned = new ArrayList<>();
		for (int i = 0; i < missions; i++) {
			String[] state = senders.get(i);
			String kind = hostMembers.contains(state[0]) ? "PERMANENT_MISSION" : i % 3 == 0 ? "LIAISON_OFFICE" : "OBSERVER_MISSION";
			List<PlannedMember> staff = staff(random, sizes[i], today);
			LocalDate lastArrival = staff.get(staff.size() - 1).arrivedOn();
			LocalDate suspendedOn = suspended.contains(i) && lastArrival.isBefore(today)
					? lastArrival.plusDays(1 + random.nextInt((int) (today.toEpochDay() - lastArrival.toEpochDay()))) : null;
			planned.add(new PlannedMission(state[0], StaffMix.missionName(kind) + " " + state[1], kind,
					today.minusYears(11).minusDays(random.nextInt(30 * 365)), staff.size() + sizes[i] / 5 + 5, suspendedOn, staff));
		}
		return new RegistryPlan(today, planned);
	}

	/** Current members per mission, falling as 1/(rank + 3) and adding up exactly to {@code members}. */
	private static int[] sizes(int missions, int members) {
		double total = 0;
		for (int i = 0; i < missions; i++) {
			total += 1.0 / (i + 3);
		}
		int[] sizes = new int[missions];
		int given = 0;
		for (int i = 0; i < missions; i++) {
			sizes[i] = Math.max(1, (int) (members / total / (i + 3)));
			given += sizes[i];
		}
		for (int i = 0; given < members; i = (i + 1) % missions, given++) {
			sizes[i]++;
		}
		return sizes;
	}

	/** Current and departed members in the order of their arrival, the longest-serving current one at the head. */
	private static List<PlannedMember> staff(Random random, int current, LocalDate today) {
		List<PlannedMember> staff = new ArrayList<>();
		for (int i = 0; i < current; i++) {
			// Most arrived in the last few years, as postings last three or four.
			LocalDate arrived = today.minusDays(7 + (long) (Math.pow(random.nextDouble(), 2) * 8 * 365));
			staff.add(member(random, arrived, null));
		}
		for (int i = 0; i < Math.round(current * DEPARTED_SHARE); i++) {
			LocalDate arrived = today.minusDays(2 * 365 + random.nextInt(8 * 365));
			LocalDate departed = arrived.plusDays(365 + random.nextInt(3 * 365));
			staff.add(member(random, arrived, departed.isBefore(today) ? departed : today.minusDays(30)));
		}
		staff.sort(Comparator.comparing(PlannedMember::arrivedOn));
		PlannedMember head = staff.stream().filter(m -> m.departedOn() == null).findFirst().orElseThrow();
		staff.set(staff.indexOf(head), new PlannedMember(head.name(), head.birthDate(), StaffMix.HEAD, head.arrivedOn(), null));
		return staff;
	}

	private static PlannedMember member(Random random, LocalDate arrived, LocalDate departed) {
		return new PlannedMember(GeneratedNames.next(random), LocalDate.of(1955, 1, 1).plusDays(random.nextInt(45 * 365)),
				StaffMix.post(random), arrived, departed);
	}

	/** The same registry, each mission's name followed by that suffix: a second copy beside the first. */
	RegistryPlan withNameSuffix(String suffix) {
		return new RegistryPlan(today, missions.stream().map(m -> new PlannedMission(m.sendingState(), m.name() + suffix,
				m.kind(), m.establishedOn(), m.ceiling(), m.suspendedOn(), m.members())).toList());
	}

	int heldOn(LocalDate day) {
		return (int) missions.stream().flatMap(m -> m.members().stream()).filter(m -> m.heldOn(day)).count();
	}

	/** The list's lines as of the day: each member of those categories, or the mission alone if suspended or without any. */
	int listLines(LocalDate day, Set<String> categories) {
		return missions.stream().mapToInt(mission -> {
			boolean suspended = mission.suspendedOn() != null && !mission.suspendedOn().isAfter(day);
			long listed = suspended ? 0 : mission.members().stream()
				.filter(m -> m.heldOn(day) && categories.contains(m.post().category())).count();
			return (int) Math.max(1, listed);
		}).sum();
	}
}
