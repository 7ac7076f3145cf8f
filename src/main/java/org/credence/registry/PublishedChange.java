package org.credence.registry;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A change the receiving party publishes, at the instant it took effect: a member of a published
 * category arrived or left (however they left: a withdrawal shows as a departure), or a mission
 * opened or changed its status. The person's fields are null for a mission's change.
 */
public record PublishedChange(Kind kind, OffsetDateTime at, UUID missionId, String missionName, String sendingState,
		UUID accreditationId, String personName, StaffCategory category, String title, String function) {

	public enum Kind {
		ARRIVAL, DEPARTURE, MISSION_OPENED, MISSION_SUSPENDED, MISSION_CLOSED, MISSION_REOPENED
	}
}
