package org.credence.registry.accreditation;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.credence.registry.StaffCategory;

/**
 * A mission's positions held per staff category as steps in time (the table mission_strength): each
 * count holds from its instant until the category's next one. Read from one instant on, so that what
 * the mission held before is the one step in force then, however many members it has.
 */
final class HeldSteps {

	private static final Comparator<OffsetDateTime> IN_TIME = Comparator.comparing(OffsetDateTime::toInstant);

	private final Map<StaffCategory, TreeMap<OffsetDateTime, Integer>> steps = new EnumMap<>(StaffCategory.class);

	private final Set<StaffCategory> counted = EnumSet.noneOf(StaffCategory.class);

	/** The category counts toward ceilings (staff_category.counts_toward_ceiling, read with the steps). */
	void counts(StaffCategory category) {
		counted.add(category);
	}

	Set<StaffCategory> counted() {
		return counted;
	}

	void add(StaffCategory category, OffsetDateTime from, int held) {
		steps.computeIfAbsent(category, c -> new TreeMap<>(IN_TIME)).put(from, held);
	}

	/** How many positions of each category are held at that instant; the categories of none left out. */
	Map<StaffCategory, Integer> at(OffsetDateTime at) {
		Map<StaffCategory, Integer> held = new EnumMap<>(StaffCategory.class);
		steps.forEach((category, counts) -> {
			Map.Entry<OffsetDateTime, Integer> step = counts.floorEntry(at);
			if (step != null && step.getValue() > 0) {
				held.put(category, step.getValue());
			}
		});
		return held;
	}

	/** The instants after that one at which any category's count changes, in time order. */
	NavigableSet<OffsetDateTime> changesAfter(OffsetDateTime at) {
		NavigableSet<OffsetDateTime> changes = new TreeSet<>(IN_TIME);
		steps.values().forEach(counts -> changes.addAll(counts.tailMap(at, false).keySet()));
		return changes;
	}
}
