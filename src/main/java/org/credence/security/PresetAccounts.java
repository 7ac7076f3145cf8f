package org.credence.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Accounts the server makes for itself at start (the demo users), and work done in their name on the
 * starting thread, as if they had logged in, so that the journal names who did what. Nothing here is
 * reachable from a request.
 */
@Component
public class PresetAccounts {

	private final AccountManagement management;

	private final Accounts accounts;

	PresetAccounts(AccountManagement management, Accounts accounts) {
		this.management = management;
		this.accounts = accounts;
	}

	/** No account but the first-start administrator: a registry nobody has used yet. */
	public boolean onlyTheInitialAdministrator() {
		return accounts.all().stream().allMatch(account -> account.name().equals(InitialAdministrator.NAME));
	}

	/** A new account with a random password, which is returned and kept nowhere else. */
	public String create(String name, Role role, UUID mission, String memberState) {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		management.create(AccountKind.PERSON, name, password, role, mission, memberState);
		return password;
	}

	public void actingAs(String name, Runnable work) {
		actingAs(name, () -> {
			work.run();
			return null;
		});
	}

	/** The work done by that account, whatever the thread's caller was before. */
	public <T> T actingAs(String name, Supplier<T> work) {
		Caller caller = accounts.findByName(name).orElseThrow(() -> new IllegalArgumentException("No account " + name))
			.caller();
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, caller.authorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}
}
