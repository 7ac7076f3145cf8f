package org.credence.support;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import org.credence.CredenceApplication;

/**
 * A database of its own, created empty in the test run's PostgreSQL server (embedded or external)
 * and dropped at the end, on which servers of the application are started as in production: with
 * the registry's own clock, not the tests' one.
 */
public final class EmptyDatabase implements AutoCloseable {

	private final JdbcClient server;

	private final String name;

	private final String url;

	private final String user;

	public EmptyDatabase(DataSource testDatabase) {
		this.server = JdbcClient.create(testDatabase);
		this.name = "demo_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = testDatabase.getConnection()) {
			this.url = connection.getMetaData().getURL().replaceFirst("(//[^/]+/)[^?]*", "$1" + name);
			this.user = connection.getMetaData().getUserName();
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		server.sql("create database " + name).update();
	}

	/**
	 * A server on this database, with the demo turned on or off and any further settings
	 * ({@code --name=value}); close it (try-with-resources). Its pollers run on their schedule, as in
	 * production, unlike those of the tests' own servers.
	 */
	public ConfigurableApplicationContext start(boolean demo, String... settings) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.flyway.clean-disabled=true",
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + user, "--credence.demo.enabled=" + demo,
				"--credence.scheduling.enabled=true"));
		arguments.addAll(List.of(settings));
		return new SpringApplicationBuilder(CredenceApplication.class).run(arguments.toArray(String[]::new));
	}

	/** The database itself, for a test that prepares it before a server starts on it (the password as the run's). */
	public DataSource dataSource() {
		return new DriverManagerDataSource(url, user, System.getenv("SPRING_DATASOURCE_PASSWORD"));
	}

	@Override
	public void close() {
		server.sql("drop database if exists " + name + " with (force)").update();
	}

	/** A bearer token of an auditor known to the identity provider the tests stand for, valid for an hour. */
	public static String auditorToken() {
		return token("demo-test-auditor", "AUDITOR");
	}

	/**
	 * A bearer token of the identity provider the tests stand for, valid for an hour: it needs no
	 * account in the database, so it calls any server started by a test.
	 */
	public static String token(String userName, String role) {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.subject(UUID.randomUUID().toString())
			.claim("preferred_username", userName)
			.claim("credence_roles", List.of(role))
			.issuedAt(now.minusSeconds(60))
			.expiresAt(now.plusSeconds(3600))
			.build();
		try (InputStream publicPem = EmptyDatabase.class.getResourceAsStream("/jwt/test-public.pem");
				InputStream privatePem = EmptyDatabase.class.getResourceAsStream("/jwt/test-private.pem")) {
			RSAKey key = new RSAKey.Builder((RSAPublicKey) RsaKeyConverters.x509().convert(publicPem))
				.privateKey((RSAPrivateKey) RsaKeyConverters.pkcs8().convert(privatePem))
				.build();
			return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))).encode(JwtEncoderParameters.from(claims))
				.getTokenValue();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
