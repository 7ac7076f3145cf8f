package org.credence.registry.listing;

import java.util.List;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

import org.credence.registry.MissionStatus;
import org.credence.registry.mission.MissionContact;
import org.credence.registry.mission.MissionKind;

/**
 * A mission as a diplomatic list publishes it at an instant: its status then, its contact details
 * as recorded now, and its members of the published categories. A suspended mission is published
 * by its status alone: no contact, no members.
 */
@NamedInterface("listing")
public record PublishedMission(UUID id, String sendingState, String name, MissionKind kind, MissionStatus status,
		MissionContact contact, List<PublishedMember> members) {
}
