package org.credence.registry.household;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code credence.households.child-age-limit}: the age at which a child stops being a member of the
 * household (default 21); {@code child-age-limit-in-education}: the same for a child in full-time
 * education (default 23); {@code age-limit-notice-days}: how far ahead the list of those who will
 * pass it looks (default 90); {@code work-permitted}: whether the host allows household members to
 * work, so that a permission to work may be recorded (default true).
 */
@ConfigurationProperties("credence.households")
record HouseholdSettings(Integer childAgeLimit, Integer childAgeLimitInEducation, Integer ageLimitNoticeDays,
		Boolean workPermitted) {

	HouseholdSettings {
		childAgeLimit = childAgeLimit == null ? 21 : childAgeLimit;
		childAgeLimitInEducation = childAgeLimitInEducation == null ? 23 : childAgeLimitInEducation;
		ageLimitNoticeDays = ageLimitNoticeDays == null ? 90 : ageLimitNoticeDays;
		workPermitted = workPermitted == null || workPermitted;
		if (childAgeLimit < 1 || childAgeLimitInEducation < childAgeLimit || ageLimitNoticeDays < 1) {
			throw new IllegalArgumentException("credence.households: the age limits must be positive, the one in"
					+ " education no lower than the other, and the notice at least a day");
		}
	}
}
