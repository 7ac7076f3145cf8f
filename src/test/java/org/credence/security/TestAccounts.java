package org.credence.security;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts for tests, made directly in the database: the first-start administrator (whose password
 * the test configuration sets) and one new account per call in any role. Their tokens expire in
 * 2100, so that no test clock, however far it is moved, makes them stale.
 */
@TestComponent
public class TestAccounts {

	public static final String ADMIN_NAME = InitialAdministrator.NAME;

	public static final String ADMIN_PASSWORD = "test-administrator-password";

	private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Accounts accounts;

	private final PersonalTokens tokens;

	private final PasswordEncoder encoder;

	private volatile String adminToken;

	TestAccounts(Accounts accounts, PersonalTokens tokens, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.encoder = encoder;
	}

	/** A user who may log in with a password and call the API with a token. */
	public record User(String name, String password, String token) {
	}

	public String adminToken() {
		if (adminToken == null) {
			Account admin = accounts.findByName(ADMIN_NAME).orElseThrow();
			adminToken = tokens.issue(admin.id(), "tests", FAR_FUTURE).secret();
		}
		return adminToken;
	}

	/** A new user of the role; a mission administrator needs a mission, a delegate a member state. */
	public User user(Role role, UUID mission, String memberState) {
		String name = role.name().toLowerCase().replace('_', '-') + "-" + SEQUENCE.incrementAndGet();
		String password = "password of " + name;
		Account account = new Account(UUID.randomUUID(), name, AccountKind.PERSON, encoder.encode(password), role, mission, memberState,
				true, 0, null, Instant.now(), "tests");
		accounts.add(account);
		return new User(name, password, tokens.issue(account.id(), "tests", FAR_FUTURE).secret());
	}

	public User user(Role role) {
		return user(role, null, role == Role.MEMBER_STATE_DELEGATE ? "FRA" : null);
	}

	/**
	 * Runs the work on this thread as a new caller of the role, as in one of their requests: for
	 * services that no route lets that role call.
	 */
	public void as(Role role, UUID mission, Runnable work) {
		String name = role.name().toLowerCase().replace('_', '-') + "-" + SEQUENCE.incrementAndGet();
		Caller caller = new Caller(UUID.randomUUID(), name, role, mission, null);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, caller.authorities()));
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
