package org.credence.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who is calling: people log into the pages with a password and keep a session; API clients send a
 * bearer token on every call (a personal access token, or a JWT of the configured OpenID Connect
 * provider) and keep nothing. What they may then do is decided by the
 * {@link AccessGate} from the {@link AccessPolicy}; here only its public routes are let through
 * without a login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	/** Read by programs (a scraper, a probe): told 401 or 403, never sent to the login page. */
	private static final RequestMatcher API_OR_ACTUATOR = new OrRequestMatcher(API,
			PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));

	private static final RequestMatcher LOGIN = PathPatternRequestMatcher.withDefaults().matcher("/login");

	/**
	 * CSRF rides on the session cookie a browser sends by itself. A bearer call proves itself on
	 * every request, and a call without a session has nothing to ride on: neither needs the token,
	 * and an anonymous caller is asked to log in rather than told about CSRF. The login form keeps
	 * its token, so that nobody can log a victim into the attacker's account.
	 */
	static final RequestMatcher NO_AMBIENT_CREDENTIALS = request -> {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
				|| request.getRequestedSessionId() == null && !LOGIN.matches(request);
	};

	@Bean
	SecurityFilterChain credence(HttpSecurity http, PasswordLogin passwordLogin, PersonalTokenLogin tokenLogin,
			ObjectProvider<JwtDecoder> oidc, SecurityProblems problems, List<ClosedToThePublic> closed) {
		List<AuthenticationProvider> bearerLogins = new ArrayList<>(List.of(tokenLogin));
		// Configured with spring.security.oauth2.resourceserver.jwt.*: JWTs of an OpenID Connect provider too.
		oidc.ifAvailable(decoder -> {
			JwtAuthenticationProvider jwtLogin = new JwtAuthenticationProvider(decoder);
			jwtLogin.setJwtAuthenticationConverter(new JwtRoles());
			bearerLogins.add(jwtLogin);
		});
		ProviderManager bearer = new ProviderManager(bearerLogins);
		HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
		pagesOnly.setRequestMatcher(new NegatedRequestMatcher(API));
		// The actuator's routes pass no controller, hence not the AccessGate: their lines of the table apply here.
		http.authorizeHttpRequests(requests -> AccessPolicy.routes().forEach((route, roles) -> {
			String[] methodAndPattern = route.split(" ", 2);
			if (methodAndPattern[1].startsWith("/actuator/") && roles != AccessPolicy.PUBLIC) {
				requests.requestMatchers(HttpMethod.valueOf(methodAndPattern[0]), methodAndPattern[1])
					.hasAnyRole(roles.stream().map(Role::name).toArray(String[]::new));
			}
		}));
		http.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
				.requestMatchers(closed.toArray(RequestMatcher[]::new)).authenticated()
				.requestMatchers(publicRequests()).permitAll()
				.anyRequest().authenticated())
			.authenticationProvider(passwordLogin)
			.formLogin(login -> login.loginPage("/login").failureHandler(new LoginFailures()).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.oauth2ResourceServer(resourceServer -> resourceServer.authenticationManagerResolver(request -> bearer)
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(problems, API_OR_ACTUATOR)
				.defaultAccessDeniedHandlerFor(problems, API_OR_ACTUATOR))
			.requestCache(cache -> cache.requestCache(pagesOnly))
			.csrf(csrf -> csrf.ignoringRequestMatchers(NO_AMBIENT_CREDENTIALS))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * A JWT's expiry and not-before checked against the registry's clock, like every other time,
	 * rather than the wall clock. Spring Boot adds this validator to the decoder it configures, which
	 * then leaves out its own.
	 */
	@Bean
	JwtTimestampValidator jwtTimestamps(Clock clock) {
		JwtTimestampValidator validator = new JwtTimestampValidator();
		validator.setClock(clock);
		return validator;
	}

	/**
	 * Spring's delegating encoder, whose stored hashes name their algorithm: new ones are Argon2id
	 * (RFC 9106) with Spring Security 5.8's parameters (16 MiB, 2 passes, one lane; about 30 ms here),
	 * which hashes passwords of any length where bcrypt stopped at 72 bytes. Hashes of before
	 * ({bcrypt}) still match, and {@link PasswordCheck} replaces each at its next successful login.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		String argon2 = "argon2@SpringSecurity_v5_8";
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put(argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		encoders.put("bcrypt", new BCryptPasswordEncoder());
		return new DelegatingPasswordEncoder(argon2, encoders);
	}

	/**
	 * Spring Security's observations of each of its filters, of every authentication and every
	 * authorization: a fifth of the write path's CPU when profiled, and read by nobody. The server's
	 * own request metric ({@code http.server.requests}) does not depend on them.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	private static RequestMatcher[] publicRequests() {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		List<RequestMatcher> matchers = new ArrayList<>();
		AccessPolicy.routes().forEach((route, roles) -> {
			if (roles == AccessPolicy.PUBLIC) {
				String[] methodAndPattern = route.split(" ", 2);
				matchers.add("ANY".equals(methodAndPattern[0]) ? paths.matcher(methodAndPattern[1])
						: paths.matcher(HttpMethod.valueOf(methodAndPattern[0]), methodAndPattern[1]));
			}
		});
		AccessPolicy.PUBLIC_RESOURCES.forEach(path -> matchers.add(paths.matcher(path)));
		return matchers.toArray(RequestMatcher[]::new);
	}
}
