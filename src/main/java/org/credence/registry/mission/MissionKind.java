package org.credence.registry.mission;

import org.springframework.modulith.NamedInterface;

@NamedInterface("mission")
public enum MissionKind {
	PERMANENT_MISSION, OBSERVER_MISSION, EMBASSY, CONSULATE, LIAISON_OFFICE, INFORMATION_OFFICE, SPECIAL_MISSION
}
