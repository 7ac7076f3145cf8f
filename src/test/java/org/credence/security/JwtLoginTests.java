package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.io.IOException;
import java.io.InputStream;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * JWTs of an OpenID Connect provider, mapped to the same roles. The test configuration names a
 * public key whose private half (in test resources) signs the tokens here, as the provider would.
 */
@CredenceTest
class JwtLoginTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Test
	void aProviderTokenWithARoleActsInThatRole() {
		String auditor = jwt(Map.of("credence_roles", List.of("AUDITOR")), testKey());

		assertThat(api.as(auditor).get("/api/missions").status()).isEqualTo(200);
		assertProblem(api.as(auditor).post("/api/missions", Fixtures.json("sendingState", "FRA", "name", "No",
				"kind", "EMBASSY")), 403, "/problems/forbidden");
	}

	@Test
	void changesAreRecordedWithTheProviderName() {
		String officer = jwt(Map.of("credence_roles", "PROTOCOL_OFFICER"), testKey());

		String mission = fixtures.as(api.as(officer)).mission("FRA", "2020-01-01");
		assertThat(api.get("/api/missions/" + mission + "/status").json().get(0).get("recordedBy").asString())
			.isEqualTo("oidc:jdoe");
	}

	@Test
	void aMissionAdministratorsScopeComesFromItsClaim() {
		String own = fixtures.mission("RUS", "2017-01-01");
		String other = fixtures.mission("RUS", "2017-01-01");
		Api attache = api.as(jwt(Map.of("credence_roles", List.of("MISSION_ADMINISTRATOR"), "credence_mission", own), testKey()));

		assertThat(attache.get("/api/missions/" + own).status()).isEqualTo(200);
		assertProblem(attache.get("/api/missions/" + other), 404, "/problems/not-found");
	}

	@Test
	void aProviderTokenExpiresByTheRegistrysClock() {
		clock.set(Instant.parse("2021-10-06T08:00:00Z"));
		Api auditor = api.as(jwt(Map.of("credence_roles", List.of("AUDITOR")), testKey()));
		assertThat(auditor.get("/api/missions").status()).as("valid until 09:00 UTC on the registry's clock").isEqualTo(200);

		clock.set(Instant.parse("2021-10-06T09:00:59Z"));
		assertThat(auditor.get("/api/missions").status()).as("within a minute's skew").isEqualTo(200);

		clock.set(Instant.parse("2021-10-06T09:01:01Z"));
		assertProblem(auditor.get("/api/missions"), 401, "/problems/unauthenticated");
	}

	@Test
	void aTokenWithoutARoleOrScopeOrSignedByAnotherKeyOrExpiredIsRefused() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var otherKey = generator.generateKeyPair();
		for (String token : List.of(jwt(Map.of("credence_roles", List.of("VISITOR")), testKey()),
				jwt(Map.of("credence_roles", List.of("MISSION_ADMINISTRATOR")), testKey()),
				jwt(Map.of("credence_roles", List.of("AUDITOR")),
						new RSAKey.Builder((RSAPublicKey) otherKey.getPublic()).privateKey(otherKey.getPrivate()).build()),
				jwt(Map.of("credence_roles", List.of("AUDITOR"), "exp", clock.instant().minusSeconds(3600)), testKey()))) {
			assertProblem(api.as(token).get("/api/missions"), 401, "/problems/unauthenticated");
		}
	}

	private String jwt(Map<String, Object> claims, RSAKey key) {
		return jwt(clock.instant(), claims, key);
	}

	/** A JWT as the provider would sign it, valid for an hour from now on the registry's clock. */
	static String jwt(Instant now, Map<String, Object> claims, RSAKey key) {
		JwtClaimsSet.Builder set = JwtClaimsSet.builder()
			.subject(UUID.randomUUID().toString())
			.claim("preferred_username", "jdoe")
			.issuedAt(now.minusSeconds(7200))
			.expiresAt(now.plusSeconds(3600));
		claims.forEach(set::claim);
		return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))).encode(JwtEncoderParameters.from(set.build()))
			.getTokenValue();
	}

	static RSAKey testKey() {
		try (InputStream publicPem = JwtLoginTests.class.getResourceAsStream("/jwt/test-public.pem");
				InputStream privatePem = JwtLoginTests.class.getResourceAsStream("/jwt/test-private.pem")) {
			RSAPublicKey publicKey = RsaKeyConverters.x509().convert(publicPem);
			RSAPrivateKey privateKey = RsaKeyConverters.pkcs8().convert(privatePem);
			return new RSAKey.Builder(publicKey).privateKey(privateKey).build();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
