package org.credence.security;

import java.util.Map;
import java.util.UUID;

/**
 * The missions a mission administrator can be bound to, by id and name. The registry provides it,
 * so that this module needs nothing from the registry's code.
 */
public interface MissionDirectory {

	/** Every mission's name by id, in the order to offer them. */
	Map<UUID, String> missionNames();
}
