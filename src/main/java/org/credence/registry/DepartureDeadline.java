package org.credence.registry;

import java.time.LocalDate;
import java.util.UUID;

/** A withdrawn person who must leave by the end of {@code deadline}, named with their mission. */
public record DepartureDeadline(UUID accreditationId, String personName, String missionName, LocalDate deadline,
		LocalDate departedOn) {
}
