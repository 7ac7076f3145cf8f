package org.credence.credentials;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import org.credence.registry.StaffCategory;

/**
 * {@code credence.credentials.*}: the numbering series, a prefix per staff category followed by the
 * issuing year and a number counted from 1 in each prefix and year ({@code DA-2026-0042});
 * {@code digits} pads that number. A card expires at the accreditation's expected term, or after
 * {@code max-years} at most; a photo may weigh {@code max-photo-bytes}; the public verification
 * answers {@code verifications-per-minute} calls per client address.
 */
@ConfigurationProperties("credence.credentials")
record CredentialSettings(Map<StaffCategory, String> prefixes, Integer digits, Integer maxYears, Integer maxPhotoBytes,
		Integer verificationsPerMinute) {

	CredentialSettings {
		Map<StaffCategory, String> all = new EnumMap<>(Map.of(StaffCategory.DIPLOMATIC_AGENT, "DA",
				StaffCategory.ADMINISTRATIVE_TECHNICAL, "AT", StaffCategory.SERVICE_STAFF, "SS",
				StaffCategory.PRIVATE_SERVANT, "PS", StaffCategory.LOCAL_HIRE, "LH"));
		if (prefixes != null) {
			all.putAll(prefixes);
		}
		prefixes = all;
		digits = digits == null ? 4 : digits;
		maxYears = maxYears == null ? 3 : maxYears;
		maxPhotoBytes = maxPhotoBytes == null ? 2 * 1024 * 1024 : maxPhotoBytes;
		verificationsPerMinute = verificationsPerMinute == null ? 30 : verificationsPerMinute;
	}
}
