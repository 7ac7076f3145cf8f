package org.credence.credentials;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.credence.problem.ProblemException;
import org.credence.registry.Registry;
import org.credence.registry.StaffCategory;

/**
 * Whether a card number is valid today, and for which category: nothing else, to anyone. Each client
 * address may ask a limited number of times a minute, counted in PostgreSQL so that the limit holds
 * across every instance of the server; unknown numbers count too, so that numbers cannot be guessed
 * by trying them.
 */
@Service
class PublicVerification {

	/** The answer: the category only for a valid card. */
	record Answer(String number, boolean valid, StaffCategory category) {
	}

	/** Refused for too many calls: retry after that many seconds. */
	static final class TooMany extends RuntimeException {

		private final long retryAfterSeconds;

		TooMany(long retryAfterSeconds) {
			super("Too many verifications from this address: retry after " + retryAfterSeconds + " seconds.");
			this.retryAfterSeconds = retryAfterSeconds;
		}

		long retryAfterSeconds() {
			return retryAfterSeconds;
		}
	}

	private final Credentials credentials;

	private final Registry registry;

	private final CredentialSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	PublicVerification(Credentials credentials, Registry registry, CredentialSettings settings, JdbcClient jdbc,
			Clock clock) {
		this.credentials = credentials;
		this.registry = registry;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Not one transaction: a call counts even when its number is unknown and the answer a problem. */
	Answer verify(String number, String client) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		count(client, now);
		Credential card = credentials.byNumber(number)
			.orElseThrow(() -> ProblemException.notFound("credential", number));
		// Whoever asks, even a mission administrator logged in for another mission.
		boolean valid = card.validAt(now) && registry.accreditationHeldAt(card.accreditationId(), now);
		return new Answer(card.number(), valid, valid ? card.category() : null);
	}

	/** Counts the call in the current minute's window, and refuses it beyond the limit. */
	private void count(String client, OffsetDateTime now) {
		OffsetDateTime window = now.truncatedTo(ChronoUnit.MINUTES);
		// Windows of the past are of no further use: removed by whichever call comes next.
		jdbc.sql("delete from credential_verification_count where window_start < :window")
			.param("window", window.minusMinutes(1))
			.update();
		int calls = jdbc.sql("""
				insert into credential_verification_count (client, window_start, count) values (:client, :window, 1)
				on conflict (client, window_start) do update set count = credential_verification_count.count + 1
				returning count""")
			.param("client", client)
			.param("window", window)
			.query(Integer.class)
			.single();
		if (calls > settings.verificationsPerMinute()) {
			long seconds = Math.max(1, Duration.between(now, window.plusMinutes(1)).toSeconds());
			throw new TooMany(seconds);
		}
	}
}
