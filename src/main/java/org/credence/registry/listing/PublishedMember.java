package org.credence.registry.listing;

import java.time.OffsetDateTime;

import org.springframework.modulith.NamedInterface;

import org.credence.registry.StaffCategory;

/**
 * A member as the diplomatic list names them: nothing of their person but the name in Latin script,
 * and, as published lists do, the name of their spouse or partner forming part of their household
 * and accredited then (null when there is none).
 */
@NamedInterface("listing")
public record PublishedMember(String name, StaffCategory category, String title, String function,
		OffsetDateTime arrivedAt, String spouse) {
}
