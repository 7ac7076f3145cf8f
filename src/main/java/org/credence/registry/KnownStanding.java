package org.credence.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.credence.registry.accreditation.Accreditation;

/**
 * A mission at an instant as the registry knew it at a record time ({@code knownAt}): the
 * accreditations that held a position then, each with the end (a withdrawal or a departure
 * notified) recorded by that time, if any; the ceiling and the status in force then, as recorded by
 * that time. {@code ceilingTotal} is null when no ceiling was in force.
 */
public record KnownStanding(UUID missionId, OffsetDateTime at, OffsetDateTime knownAt, List<Accreditation> held,
		Integer ceilingTotal, Map<StaffCategory, Integer> ceilingCategories, MissionStatus status) {
}
