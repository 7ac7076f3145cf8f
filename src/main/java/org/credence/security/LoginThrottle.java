package org.credence.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How repeated failed logins are slowed, then locked. After the second failure in a row each next
 * attempt must wait twice as long as the last (1 s, 2 s, 4 s...), so guessing gets slow without
 * holding a thread; at {@code maxFailures} the account is locked for {@code lock}.
 */
@ConfigurationProperties("credence.login")
record LoginThrottle(Integer maxFailures, Duration lock) {

	LoginThrottle {
		maxFailures = maxFailures == null ? 5 : maxFailures;
		lock = lock == null ? Duration.ofMinutes(15) : lock;
	}

	/** Until when the account must wait after this many failures in a row; null if not at all. */
	Instant waitAfter(int failures, Instant now) {
		if (failures >= maxFailures) {
			return now.plus(lock);
		}
		return failures < 2 ? null : now.plusSeconds(1L << (failures - 2));
	}

	boolean locks(int failures) {
		return failures >= maxFailures;
	}
}
