package org.credence.security;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Who holds a role, by name, for modules that address people by their function (e.g. notices to the
 * delegates of the states asked). Enabled accounts of this registry only: a caller known only to an
 * external identity provider has no account, so it is not found here.
 */
@Component
public class AccountDirectory {

	private final Accounts accounts;

	AccountDirectory(Accounts accounts) {
		this.accounts = accounts;
	}

	public List<String> holders(Role role) {
		return accounts.enabledNames(role, List.of());
	}

	/** How many accounts there are, enabled or not: the administrator's users. */
	public int count() {
		return accounts.count();
	}

	/** The member-state delegates of those states (none if no state is given). */
	public List<String> delegatesOf(Collection<String> states) {
		return states.isEmpty() ? List.of() : accounts.enabledNames(Role.MEMBER_STATE_DELEGATE, states);
	}
}
