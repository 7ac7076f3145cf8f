package org.credence.screening;

import org.springframework.boot.context.properties.ConfigurationProperties;

import org.credence.screening.matching.NameMatcher;

/**
 * {@code credence.screening.threshold}: the score from which a list entry is a hit (0 to 1);
 * {@code credence.screening.open-hits-block}: whether an approval waits while a hit at or above the
 * threshold is open (a confirmed hit always blocks).
 */
@ConfigurationProperties("credence.screening")
record ScreeningSettings(Double threshold, Boolean openHitsBlock) {

	ScreeningSettings {
		threshold = threshold == null ? NameMatcher.DEFAULT_THRESHOLD : threshold;
		if (threshold < 0 || threshold > 1) {
			throw new IllegalArgumentException("credence.screening.threshold must lie between 0 and 1, not " + threshold);
		}
		openHitsBlock = openHitsBlock == null || openHitsBlock;
	}
}
