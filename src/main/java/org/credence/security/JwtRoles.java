package org.credence.security;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * A JWT from the organization's OpenID Connect provider, read as a {@link Caller}: the role from
 * the claim {@code credence_roles} (the first one Credence knows), the scope from
 * {@code credence_mission} or {@code credence_state}. The name is prefixed "oidc:" so that the
 * history never confuses it with a local account of the same name.
 */
class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

	static final String ROLES = "credence_roles";

	static final String MISSION = "credence_mission";

	static final String STATE = "credence_state";

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		Role role = roles(jwt).stream()
			.map(JwtRoles::role)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElseThrow(() -> new InvalidBearerTokenException("The token carries no Credence role in " + ROLES));
		UUID mission = null;
		String state = null;
		try {
			mission = role == Role.MISSION_ADMINISTRATOR ? UUID.fromString(jwt.getClaimAsString(MISSION)) : null;
			state = role == Role.MEMBER_STATE_DELEGATE ? jwt.getClaimAsString(STATE).trim().toUpperCase() : null;
		}
		catch (RuntimeException e) {
			throw new InvalidBearerTokenException("The token's role needs its scope in " + MISSION + " or " + STATE);
		}
		String name = jwt.getClaimAsString("preferred_username");
		Caller caller = new Caller(null, "oidc:" + (name == null ? jwt.getSubject() : name), role, mission, state);
		return UsernamePasswordAuthenticationToken.authenticated(caller, jwt, caller.authorities());
	}

	private static Collection<String> roles(Jwt jwt) {
		Object claim = jwt.getClaims().get(ROLES);
		if (claim instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		return claim == null ? List.of() : List.of(String.valueOf(claim).split("[ ,]+"));
	}

	private static Role role(String name) {
		try {
			return Role.valueOf(name.trim().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
