package org.credence.registry.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.credence.security.TestAccounts;

/**
 * Pages fetched as a browser asks for them (Accept: text/html), without following redirects, in a
 * session of their own: logged in as the test administrator unless made {@link #as} another user
 * or {@link #anonymous}. Forms are posted with the session's CSRF token, as a browser would.
 */
public class Pages {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.cookieHandler(new CookieManager())
		.build();

	private final String baseUrl;

	private String user;

	private String password;

	private String csrf;

	public Pages(String baseUrl) {
		this(baseUrl, TestAccounts.ADMIN_NAME, TestAccounts.ADMIN_PASSWORD);
	}

	private Pages(String baseUrl, String user, String password) {
		this.baseUrl = baseUrl;
		this.user = user;
		this.password = password;
	}

	public static Pages as(String baseUrl, String user, String password) {
		return new Pages(baseUrl, user, password);
	}

	public static Pages anonymous(String baseUrl) {
		return new Pages(baseUrl, null, null);
	}

	public record Page(int status, String location, String html) {
	}

	public Page get(String path) {
		loggedIn();
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
	}

	public Page post(String path, Map<String, String> form) {
		return post(path, List.copyOf(form.entrySet()));
	}

	/** A form whose fields may repeat, in order: e.g. several options chosen in one list. */
	public Page post(String path, List<Map.Entry<String, String>> form) {
		loggedIn();
		if (csrf == null) {
			send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET());
		}
		List<Map.Entry<String, String>> fields = new ArrayList<>(form);
		if (fields.stream().noneMatch(field -> field.getKey().equals("_csrf"))) {
			fields.add(Map.entry("_csrf", csrf));
		}
		return postForm(path, fields);
	}

	/** Logs in now with that name and password, and answers what the login form answered. */
	public Page logIn(String name, String secret) {
		user = null;
		send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET());
		Page answer = postForm("/login", List.copyOf(Map.of("username", name, "password", secret, "_csrf", csrf).entrySet()));
		// Logging in makes a new session and a new CSRF token: read it from the next page.
		csrf = null;
		send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET());
		return answer;
	}

	private void loggedIn() {
		if (user != null) {
			Page answer = logIn(user, password);
			if (answer.status() != 302 || answer.location().contains("error")) {
				throw new IllegalStateException("Could not log in as " + user + ": " + answer);
			}
		}
	}

	private Page postForm(String path, List<Map.Entry<String, String>> form) {
		String body = form.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				csrf = token.group(1);
			}
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.body());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
