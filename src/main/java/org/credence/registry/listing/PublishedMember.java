package org.credence.registry.listing;

import java.time.OffsetDateTime;

import org.springframework.modulith.NamedInterface;

import org.credence.registry.StaffCategory;

/** A member as the diplomatic list names them: nothing of their person but the name in Latin script. */
@NamedInterface("listing")
public record PublishedMember(String name, StaffCategory category, String title, String function,
		OffsetDateTime arrivedAt) {
}
