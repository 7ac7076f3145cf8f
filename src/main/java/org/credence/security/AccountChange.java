package org.credence.security;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A change to a user through the API, every field optional: one left out keeps its value. The
 * same rules as the users page's form apply to the result.
 */
@Schema(description = "Every field is optional; one left out keeps its current value. A scope counts only for its "
		+ "role: mission for a MISSION_ADMINISTRATOR, memberState for a MEMBER_STATE_DELEGATE.")
record AccountChange(Role role,
		@Schema(description = "The mission of a mission administrator") UUID mission,
		@Schema(description = "The member state of a delegate, ISO 3166-1 alpha-3", example = "FRA") String memberState,
		@Schema(description = "Whether the user may log in or call the API") Boolean enabled,
		@Schema(description = "A new password (12 to 200 characters, not a commonly used one); never for a service account")
		String password,
		@Schema(description = "true clears the failed logins and the lock they caused") Boolean unlock) {

	boolean changesMoreThanTheLock() {
		return role != null || mission != null || memberState != null || enabled != null || password != null;
	}
}
