package org.credence.registry.accreditation;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.credence.registry.StaffCategory;
import org.credence.registry.mission.Ceiling;

/**
 * How many positions a mission holds at an instant, against the ceiling in force then. A mission
 * holding more than its ceiling allows is over ceiling by the excess. Only the {@code counted}
 * categories count toward the ceiling ({@link CountedCategories}); the others are still shown held.
 */
public record Strength(OffsetDateTime at, Map<StaffCategory, Integer> heldByCategory, Ceiling ceiling,
		Set<StaffCategory> counted) {

	/** The positions held that count toward the ceiling. */
	public int held() {
		return heldByCategory.entrySet()
			.stream()
			.filter(entry -> counted.contains(entry.getKey()))
			.mapToInt(Map.Entry::getValue)
			.sum();
	}

	/** The positions held of the categories that do not count toward the ceiling. */
	public int notCounted() {
		return heldByCategory.entrySet()
			.stream()
			.filter(entry -> !counted.contains(entry.getKey()))
			.mapToInt(Map.Entry::getValue)
			.sum();
	}

	/** Positions held beyond the total ceiling; 0 when within it or when no ceiling is in force. */
	public int excess() {
		return ceiling == null ? 0 : Math.max(0, held() - ceiling.total());
	}

	/** Positions held beyond each category's ceiling, only for the categories over it. */
	public Map<StaffCategory, Integer> categoryExcess() {
		Map<StaffCategory, Integer> excess = new EnumMap<>(StaffCategory.class);
		if (ceiling != null) {
			Map<StaffCategory, Integer> held = heldByCategory();
			ceiling.categories().forEach((category, max) -> {
				if (!counted.contains(category)) {
					return;
				}
				int over = held.getOrDefault(category, 0) - max;
				if (over > 0) {
					excess.put(category, over);
				}
			});
		}
		return excess;
	}

	public boolean overCeiling() {
		return excess() > 0 || !categoryExcess().isEmpty();
	}
}
