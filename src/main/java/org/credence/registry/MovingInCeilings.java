package org.credence.registry;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import org.credence.host.Host;
import org.credence.registry.MovingIn.Arrival;
import org.credence.registry.MovingIn.Objection;
import org.credence.registry.accreditation.Staffing;
import org.credence.registry.accreditation.Strength;
import org.credence.registry.mission.Ceiling;
import org.credence.registry.mission.Ceilings;
import org.credence.registry.mission.Mission;

/** A mission's ceilings against the positions it holds and those moving in at once, as {@code Staffing} checks one. */
@Component
class MovingInCeilings {

	private final Ceilings ceilings;

	private final Staffing staffing;

	private final Host host;

	MovingInCeilings(Ceilings ceilings, Staffing staffing, Host host) {
		this.ceilings = ceilings;
		this.staffing = staffing;
		this.host = host;
	}

	/**
	 * VCDR art. 11: at each instant a position begins or a ceiling takes effect, the positions held
	 * already and those moving in by then stay within the ceiling in force. The row that goes over is
	 * the last to arrive by then.
	 */
	List<Objection> check(Mission mission, List<Arrival> members) {
		List<Objection> objections = new ArrayList<>();
		List<Ceiling> history = ceilings.history(mission.id());
		if (history.isEmpty()) {
			return objections;
		}
		List<Arrival> inOrder = members.stream()
			.sorted(Comparator.comparing(Arrival::arrivedOn).thenComparingLong(Arrival::line))
			.toList();
		OffsetDateTime first = host.startOf(inOrder.get(0).arrivedOn());
		TreeSet<OffsetDateTime> checkpoints = new TreeSet<>(Comparator.comparing(OffsetDateTime::toInstant));
		inOrder.forEach(arrival -> checkpoints.add(host.startOf(arrival.arrivedOn())));
		history.stream().map(Ceiling::effectiveFrom).filter(first::isBefore).forEach(checkpoints::add);
		Set<String> said = new HashSet<>();
		for (OffsetDateTime at : checkpoints) {
			List<Arrival> arrived = inOrder.stream().filter(arrival -> !host.startOf(arrival.arrivedOn()).isAfter(at)).toList();
			Strength held = staffing.strengthAt(mission.id(), at);
			Ceiling ceiling = held.ceiling();
			if (ceiling == null || arrived.isEmpty()) {
				continue;
			}
			List<Arrival> counted = arrived.stream().filter(arrival -> held.counted().contains(arrival.category())).toList();
			if (!counted.isEmpty() && held.held() + counted.size() > ceiling.total()) {
				add(objections, said, new Objection(counted.get(counted.size() - 1).line(), "missionName", "ceiling-total",
						List.of(ceiling.total())));
			}
			ceiling.categories().forEach((category, max) -> {
				if (!held.counted().contains(category)) {
					return;
				}
				List<Arrival> ofCategory = arrived.stream().filter(arrival -> arrival.category() == category).toList();
				if (!ofCategory.isEmpty() && held.heldByCategory().getOrDefault(category, 0) + ofCategory.size() > max) {
					add(objections, said, new Objection(ofCategory.get(ofCategory.size() - 1).line(), "category",
							"ceiling-category", List.of(max)));
				}
			});
		}
		return objections;
	}

	private static void add(List<Objection> objections, Set<String> said, Objection objection) {
		if (said.add(objection.line() + objection.rule())) {
			objections.add(objection);
		}
	}

}
