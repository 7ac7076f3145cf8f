package org.credence.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Failed logins in a row per account name and client address, and until when that pair must wait.
 * Per pair, so that someone guessing from one address slows and locks out only that address, never
 * the user logging in from another; and by name, known or not, so that an unknown name is answered
 * exactly as a real one. Kept in memory: a restart forgets the counts, as a lock of 15 minutes
 * would be forgotten soon anyway; an instance counts what it sees.
 */
@Component
class LoginAttempts {

	/** Beyond this many pairs, those no longer waiting are forgotten, so that a flood of names cannot fill the memory. */
	private static final int MOST = 100_000;

	record Key(String name, String address) {

		static Key of(String name, String address) {
			return new Key(name == null ? "" : name.toLowerCase(Locale.ROOT), address == null ? "" : address);
		}
	}

	record Attempts(int failures, Instant until) {

		static final Attempts NONE = new Attempts(0, null);

		boolean waitingAt(Instant now) {
			return until != null && now.isBefore(until);
		}
	}

	private final Map<Key, Attempts> attempts = new ConcurrentHashMap<>();

	private final LoginThrottle throttle;

	LoginAttempts(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	/** The pair's count; a lock that has run out starts the count again, as an administrator's unlock would. */
	Attempts of(Key key, Instant now) {
		Attempts current = attempts.getOrDefault(key, Attempts.NONE);
		if (current.until() != null && !current.waitingAt(now) && throttle.locks(current.failures())) {
			attempts.remove(key);
			return Attempts.NONE;
		}
		return current;
	}

	/** One more failure of the pair, and until when it must now wait. */
	Attempts failed(Key key, Instant now) {
		if (attempts.size() >= MOST) {
			attempts.values().removeIf(pair -> !pair.waitingAt(now));
		}
		return attempts.compute(key, (pair, before) -> {
			int failures = (before == null ? 0 : before.failures()) + 1;
			return new Attempts(failures, throttle.waitAfter(failures, now));
		});
	}

	void succeeded(Key key) {
		attempts.remove(key);
	}

	/** An administrator's unlock: every address may try the account again. */
	void forget(String name) {
		attempts.keySet().removeIf(key -> key.name().equals(name.toLowerCase(Locale.ROOT)));
	}
}
