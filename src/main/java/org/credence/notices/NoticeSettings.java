package org.credence.notices;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code credence.notices.deadline-warning}: how long before a deadline the silent states are warned. */
@ConfigurationProperties("credence.notices")
record NoticeSettings(Duration deadlineWarning) {

	NoticeSettings {
		if (deadlineWarning == null) {
			deadlineWarning = Duration.ofHours(48);
		}
		if (deadlineWarning.isNegative() || deadlineWarning.isZero()) {
			throw new IllegalArgumentException("credence.notices.deadline-warning must be positive");
		}
	}
}
