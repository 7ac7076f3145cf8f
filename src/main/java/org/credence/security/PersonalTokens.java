package org.credence.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: 256 random bits, of which only the SHA-256 digest is stored. A slow hash
 * would add nothing against guessing 256 bits, and a fast one lets every API call check its token.
 */
@Repository
class PersonalTokens {

	/** Marks a token as ours, so that bearer tokens from an OpenID Connect provider go elsewhere. */
	static final String PREFIX = "credence_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PersonalTokens(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Issued(AccessToken token, String secret) {
	}

	@Transactional
	Issued issue(UUID accountId, String name, Instant expiresAt) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		AccessToken token = new AccessToken(UUID.randomUUID(), name.trim(), clock.instant(), expiresAt, null);
		jdbc.sql("""
				insert into access_token (id, account_id, name, digest, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(token.id(), accountId, token.name(), digest(secret), Timestamp.from(token.createdAt()),
					Timestamp.from(expiresAt))
			.update();
		events.publishEvent(new AccountEvent.AccessTokenIssued(accountId, token.id(), token.name(), expiresAt));
		return new Issued(token, secret);
	}

	List<AccessToken> of(UUID accountId) {
		return jdbc.sql("select id, name, created_at, expires_at, revoked_at from access_token where account_id = ?"
				+ " order by created_at desc, name")
			.param(accountId)
			.query((rs, row) -> new AccessToken(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
					rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant()))
			.list();
	}

	/** Revokes one of the account's own tokens; false if it has none by that id. */
	@Transactional
	boolean revoke(UUID accountId, UUID tokenId) {
		boolean revoked = jdbc.sql("update access_token set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), tokenId, accountId)
			.update() > 0;
		if (revoked) {
			events.publishEvent(new AccountEvent.AccessTokenRevoked(accountId, tokenId));
		}
		return revoked || jdbc.sql("select count(*) from access_token where id = ? and account_id = ?")
			.params(tokenId, accountId)
			.query(Integer.class)
			.single() > 0;
	}

	/** The enabled account a live token belongs to, read with the token: every API call asks. */
	Optional<Account> accountOf(String secret) {
		return jdbc.sql(Accounts.SELECT + " where enabled and id = (select t.account_id from access_token t"
				+ " where t.digest = ? and t.revoked_at is null and t.expires_at > ?)")
			.params(digest(secret), Timestamp.from(clock.instant()))
			.query(Accounts::map)
			.optional();
	}

	static String digest(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java platform has SHA-256", e);
		}
	}
}
