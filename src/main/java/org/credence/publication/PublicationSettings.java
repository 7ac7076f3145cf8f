package org.credence.publication;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import org.credence.registry.StaffCategory;

/**
 * {@code credence.publication.*}: whether the diplomatic list and its feed are open to anyone or
 * only to logged-in users ({@code public-list}), and which staff categories it lists
 * ({@code categories}, diplomatic agents by default as the published lists do).
 */
@ConfigurationProperties("credence.publication")
record PublicationSettings(Boolean publicList, Set<StaffCategory> categories) {

	PublicationSettings {
		if (publicList == null) {
			publicList = true;
		}
		categories = categories == null || categories.isEmpty() ? EnumSet.of(StaffCategory.DIPLOMATIC_AGENT)
				: EnumSet.copyOf(categories);
	}
}
