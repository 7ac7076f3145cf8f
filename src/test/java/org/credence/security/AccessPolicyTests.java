package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.credence.security.AccessPolicy.Decision;

/** The policy's answers where the table says nothing, and for public routes. */
class AccessPolicyTests {

	private static Caller caller(Role role) {
		return new Caller(null, "someone", role, null, null);
	}

	@Test
	void aRouteMissingFromTheTableIsForAdministratorsOnly() {
		String route = AccessPolicy.route("POST", "/api/some-new-feature/{id}");

		assertThat(AccessPolicy.listed(route)).isFalse();
		assertThat(AccessPolicy.decide(route, caller(Role.ADMINISTRATOR))).isEqualTo(Decision.ALLOWED);
		assertThat(AccessPolicy.decide(route, caller(Role.PROTOCOL_OFFICER))).isEqualTo(Decision.UNLISTED);
		assertThat(AccessPolicy.decide(route, null)).isEqualTo(Decision.UNAUTHENTICATED);
	}

	@Test
	void publicRoutesNeedNobodyAndAHeadIsAGet() {
		assertThat(AccessPolicy.decide(AccessPolicy.route("GET", "/login"), null)).isEqualTo(Decision.ALLOWED);
		assertThat(AccessPolicy.decide(AccessPolicy.route("POST", "/error"), null)).isEqualTo(Decision.ALLOWED);
		assertThat(AccessPolicy.decide(AccessPolicy.route("HEAD", "/api/missions"), caller(Role.AUDITOR)))
			.isEqualTo(Decision.ALLOWED);
		assertThat(AccessPolicy.decide(AccessPolicy.route("GET", "/api/missions"), null)).isEqualTo(Decision.UNAUTHENTICATED);
	}
}
