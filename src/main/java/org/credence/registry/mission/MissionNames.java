package org.credence.registry.mission;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.credence.security.MissionDirectory;

/** The missions that administrators may bind a mission administrator to. */
@Component
class MissionNames implements MissionDirectory {

	private final Missions missions;

	MissionNames(Missions missions) {
		this.missions = missions;
	}

	@Override
	public Map<UUID, String> missionNames() {
		Map<UUID, String> names = new LinkedHashMap<>();
		missions.all().forEach(mission -> names.put(mission.id(), mission.name()));
		return names;
	}
}
