package org.credence.registry.accreditation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.credence.host.Host;
import org.credence.registry.StaffCategory;
import org.credence.registry.mission.Ceiling;
import org.credence.registry.mission.Ceilings;

/** A mission's strength against its ceilings, at any instant. */
@Component
public class Staffing {

	private final Accreditations accreditations;

	private final Ceilings ceilings;

	Staffing(Accreditations accreditations, Ceilings ceilings) {
		this.accreditations = accreditations;
		this.ceilings = ceilings;
	}

	public Strength strengthAt(UUID missionId, OffsetDateTime at) {
		return strength(missionId, ceilings.history(missionId), at);
	}

	private Strength strength(UUID missionId, List<Ceiling> ceilings, OffsetDateTime at) {
		HeldSteps steps = accreditations.stepsAt(missionId, at);
		return strength(steps, ceilings, at, steps.counted());
	}

	private static Strength strength(HeldSteps steps, List<Ceiling> ceilings, OffsetDateTime at,
			Set<StaffCategory> counted) {
		return new Strength(at, steps.at(at), inForce(ceilings, at).orElse(null), counted);
	}

	static Optional<Ceiling> inForce(List<Ceiling> ceilings, OffsetDateTime at) {
		return ceilings.stream()
			.filter(ceiling -> !ceiling.effectiveFrom().isAfter(at))
			.max(Comparator.comparing(Ceiling::effectiveFrom));
	}

	/**
	 * Why one more position of that category, held from {@code start} on, would break a ceiling:
	 * the one in force on the start date or one already adopted for a later date. Empty if none.
	 */
	Optional<Excess> wouldExceed(UUID missionId, StaffCategory category, OffsetDateTime start) {
		// The steps from the start on: what the mission holds then and each change after, not its members.
		HeldSteps steps = accreditations.stepsFrom(missionId, start);
		Set<StaffCategory> counted = steps.counted();
		if (!counted.contains(category)) {
			return Optional.empty();
		}
		List<Ceiling> ceilings = this.ceilings.history(missionId);
		// Strength only rises where a ceiling or a step begins, so those instants suffice.
		TreeSet<OffsetDateTime> checkpoints = new TreeSet<>(Comparator.comparing(OffsetDateTime::toInstant));
		checkpoints.add(start);
		ceilings.stream().map(Ceiling::effectiveFrom).filter(start::isBefore).forEach(checkpoints::add);
		checkpoints.addAll(steps.changesAfter(start));
		List<Excess> reasons = new ArrayList<>();
		for (OffsetDateTime at : checkpoints) {
			Strength strength = strength(steps, ceilings, at, counted);
			Ceiling ceiling = strength.ceiling();
			if (ceiling == null) {
				continue;
			}
			if (strength.held() + 1 > ceiling.total()) {
				reasons.add(new Excess(ceiling.total(), null, ceiling.effectiveFrom(), start, strength.held(), at));
			}
			Integer max = ceiling.categories().get(category);
			int inCategory = strength.heldByCategory().getOrDefault(category, 0);
			if (max != null && inCategory + 1 > max) {
				reasons.add(new Excess(max, category, ceiling.effectiveFrom(), start, inCategory, at));
			}
			if (!reasons.isEmpty()) {
				return Optional.of(reasons.get(0));
			}
		}
		return Optional.empty();
	}

	/**
	 * A ceiling a new position would exceed: of all positions, or of one staff category; in force
	 * from, or adopted for, its effective instant; so many held at that instant.
	 */
	record Excess(int ceiling, StaffCategory category, OffsetDateTime effectiveFrom, OffsetDateTime start, int held,
			OffsetDateTime at) {

		/** As the API's detail says it. */
		String words(Host host) {
			return "the ceiling of " + ceiling + " " + (category == null ? "" : category + " ") + "positions "
					+ (effectiveFrom.isAfter(start) ? "adopted for " : "in force from ") + host.describe(effectiveFrom)
					+ " would be exceeded: " + held + " held" + (at.isEqual(start) ? "" : " on " + host.describe(at));
		}
	}
}
