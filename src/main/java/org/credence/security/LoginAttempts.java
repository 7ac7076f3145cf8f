package org.credence.security;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed logins in a row per account name and client address, and until when that pair must wait.
 * Per pair, so that someone guessing from one address slows and locks out only that address, never
 * the user logging in from another; and by name, known or not, so that an unknown name is answered
 * exactly as a real one. Kept in the database, so that every instance counts the same failures
 * and a restart forgets none; each failure is one atomic upsert, so failures on two instances at
 * once are both counted.
 */
@Component
class LoginAttempts {

	/**
	 * A pair not failing again for this long is forgotten, so that a flood of names cannot fill the
	 * table: the deletion goes with each failure, on the index of the last failure.
	 */
	private static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

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

	private final JdbcClient jdbc;

	private final LoginThrottle throttle;

	LoginAttempts(JdbcClient jdbc, LoginThrottle throttle) {
		this.jdbc = jdbc;
		this.throttle = throttle;
	}

	/** The pair's count; a lock that has run out starts the count again, as an administrator's unlock would. */
	Attempts of(Key key, Instant now) {
		Attempts current = jdbc.sql("""
				select failures, wait_until from login_attempt
				where account_name = ? and client_address = ? and failed_at > ?""")
			.params(key.name(), key.address(), at(now.minus(FORGOTTEN_AFTER)))
			.query((rs, row) -> new Attempts(rs.getInt("failures"), instant(rs.getObject("wait_until", OffsetDateTime.class))))
			.optional()
			.orElse(Attempts.NONE);
		return lockRanOut(current, now) ? Attempts.NONE : current;
	}

	/** One more failure of the pair, and until when it must now wait. */
	Attempts failed(Key key, Instant now) {
		jdbc.sql("delete from login_attempt where failed_at <= ?").param(at(now.minus(FORGOTTEN_AFTER))).update();
		// A count past its lock starts again at one, as of() said it would.
		int failures = jdbc.sql("""
				insert into login_attempt as pair (account_name, client_address, failures, failed_at)
				values (:name, :address, 1, :now)
				on conflict (account_name, client_address) do update
				set failures = case when pair.failures >= :most and pair.wait_until <= :now then 1
				                    else pair.failures + 1 end,
				    wait_until = case when pair.failures >= :most and pair.wait_until <= :now then null
				                      else pair.wait_until end,
				    failed_at = :now
				returning failures""")
			.param("name", key.name())
			.param("address", key.address())
			.param("now", at(now))
			.param("most", throttle.maxFailures())
			.query(Integer.class)
			.single();
		Instant until = throttle.waitAfter(failures, now);
		if (until != null) {
			// The latest wait wins over one computed by a failure counted just before it on another instance.
			jdbc.sql("""
					update login_attempt set wait_until = greatest(wait_until, ?)
					where account_name = ? and client_address = ?""")
				.params(at(until), key.name(), key.address())
				.update();
		}
		return new Attempts(failures, until);
	}

	void succeeded(Key key) {
		jdbc.sql("delete from login_attempt where account_name = ? and client_address = ?")
			.params(key.name(), key.address())
			.update();
	}

	/** An administrator's unlock: every address may try the account again. */
	void forget(String name) {
		jdbc.sql("delete from login_attempt where account_name = ?").param(name.toLowerCase(Locale.ROOT)).update();
	}

	private boolean lockRanOut(Attempts attempts, Instant now) {
		return attempts.until() != null && !attempts.waitingAt(now) && throttle.locks(attempts.failures());
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}
}
