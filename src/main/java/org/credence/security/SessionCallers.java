package org.credence.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * A page session remembers who logged in, but an administrator may since have changed their role
 * or scope or disabled them: each request reads the account again, so that the change counts at
 * once rather than at the next login. Token callers are read afresh on every call anyway.
 */
@Component
class SessionCallers {

	private final Accounts accounts;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	SessionCallers(Accounts accounts) {
		this.accounts = accounts;
	}

	/** The caller as their account stands now; null once their account is disabled, with the session ended. */
	Caller current(HttpServletRequest request, HttpServletResponse response) {
		Caller caller = Actors.caller();
		HttpSession session = request.getSession(false);
		if (caller == null || caller.account() == null || session == null) {
			return caller;
		}
		Optional<Account> account = accounts.find(caller.account()).filter(Account::enabled);
		if (account.isEmpty()) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			return null;
		}
		Caller fresh = account.get().caller();
		if (!fresh.equals(caller)) {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.authorities()));
			SecurityContextHolder.setContext(context);
			sessions.saveContext(context, request, response);
		}
		return fresh;
	}
}
