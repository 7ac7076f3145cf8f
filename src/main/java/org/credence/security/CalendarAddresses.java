package org.credence.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each account's calendar address, whose secret stands in for a login: a calendar client subscribes
 * to a URL and keeps no session. Like a personal access token, 256 random bits of which only the
 * SHA-256 digest is stored; unlike one, it lets its holder read the account's calendar and nothing else,
 * as the feed is the only caller of {@link #readAs}.
 */
@Component
public class CalendarAddresses {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CalendarAddresses(JdbcClient jdbc, Accounts accounts, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * What {@code reading} returns when run as the enabled account whose live address has that
	 * secret, with that account's role and scope; empty for an unknown or revoked secret.
	 */
	public <T> Optional<T> readAs(String secret, Supplier<T> reading) {
		Optional<Caller> owner = jdbc.sql("""
				select c.account_id from calendar_address c join account a on a.id = c.account_id
				where c.digest = ? and a.enabled""")
			.param(PersonalTokens.digest(secret))
			.query(UUID.class)
			.optional()
			.flatMap(accounts::find)
			.map(Account::caller);
		if (owner.isEmpty()) {
			return Optional.empty();
		}
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner.get(), null,
				owner.get().authorities()));
		SecurityContextHolder.setContext(context);
		try {
			return Optional.ofNullable(reading.get());
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	/**
	 * A new secret for the caller's own account, replacing its address if it had one: the old one is
	 * unknown from now on. Shown once; only its digest is kept.
	 */
	@Transactional
	public String create() {
		UUID accountId = TokenOwner.account();
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		boolean replaced = createdAt(accountId).isPresent();
		jdbc.sql("""
				insert into calendar_address (account_id, digest, created_at) values (?, ?, ?)
				on conflict (account_id) do update set digest = excluded.digest, created_at = excluded.created_at""")
			.params(accountId, PersonalTokens.digest(secret), Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(new AccountEvent.CalendarAddressCreated(accountId, replaced));
		return secret;
	}

	/** Revokes the caller's own address; false if they had none. */
	@Transactional
	public boolean revoke() {
		UUID accountId = TokenOwner.account();
		boolean revoked = jdbc.sql("delete from calendar_address where account_id = ?").param(accountId).update() > 0;
		if (revoked) {
			events.publishEvent(new AccountEvent.CalendarAddressRevoked(accountId));
		}
		return revoked;
	}

	/** Since when the caller's own address is the one they have, if they have one. */
	public Optional<Instant> createdAt() {
		return createdAt(TokenOwner.account());
	}

	private Optional<Instant> createdAt(UUID accountId) {
		return jdbc.sql("select created_at from calendar_address where account_id = ?")
			.param(accountId)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}
}
