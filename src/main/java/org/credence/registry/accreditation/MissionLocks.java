package org.credence.registry.accreditation;

import java.util.UUID;

import org.springframework.stereotype.Component;

import org.credence.registry.mission.Mission;
import org.credence.registry.mission.Missions;

/**
 * Every change to a mission's positions locks the mission first, so that two changes never see the
 * same free position. The accreditation is read again once the lock is held: a change that held it
 * meanwhile may have decided or ended it.
 */
@Component
class MissionLocks {

	private final Accreditations accreditations;

	private final Missions missions;

	MissionLocks(Accreditations accreditations, Missions missions) {
		this.accreditations = accreditations;
		this.missions = missions;
	}

	/** Locks the accreditation's mission, then reads the accreditation as it stands under the lock. */
	Accreditation lockAndRead(UUID accreditationId) {
		return lock(accreditationId).accreditation();
	}

	/** The same, with the mission as the lock read it: a decision needs both and need not read it again. */
	Locked lock(UUID accreditationId) {
		Mission mission = missions.lock(accreditations.get(accreditationId).missionId());
		return new Locked(mission, accreditations.get(accreditationId));
	}

	record Locked(Mission mission, Accreditation accreditation) {
	}
}
