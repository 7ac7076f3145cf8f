package org.credence.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is calling, however they proved it (password, personal access token or an external JWT):
 * the principal of every authenticated request. Kept in the session, hence serializable, and
 * named there by its account name (the session table's principal name holds 100 characters, as an
 * account name does). The account is null for a caller known only to an external identity provider.
 */
record Caller(UUID account, String name, Role role, UUID mission, String memberState) implements Serializable, Principal {

	@Override
	public String getName() {
		return name;
	}

	List<GrantedAuthority> authorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
	}
}
