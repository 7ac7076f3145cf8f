package org.credence.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP calls to a server started from the jar, as its administrator with a personal access token
 * made the way a user makes one: log in with the password on the login page, then ask
 * {@code POST /api/account/tokens} in that session. Every call after that carries the token only.
 */
final class BenchClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final String baseUrl;

	private final String token;

	record Answer(int status, String contentType, byte[] body, String link) {

		JsonNode json() {
			return JSON.readTree(body);
		}

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}
	}

	BenchClient(String baseUrl, String adminPassword) {
		this.baseUrl = baseUrl;
		String loginCsrf = csrf(send(HttpRequest.newBuilder(uri("/login")).GET(), null));
		String form = "username=admin&password=" + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(loginCsrf, StandardCharsets.UTF_8);
		send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)), null);
		String sessionCsrf = csrf(send(HttpRequest.newBuilder(uri("/account/tokens")).GET(), null));
		Answer made = expect(send(HttpRequest.newBuilder(uri("/api/account/tokens")).header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", sessionCsrf)
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"bench/run\", \"days\": 1}")), null), 201);
		this.token = made.json().get("secret").asString();
	}

	Answer get(String path, String accept) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET(), token);
	}

	Answer post(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
			.header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), token);
	}

	/** The id of what a POST created (201), or a failure naming the answer. */
	String created(String path, String json) {
		return expect(post(path, json), 201).json().get("id").asString();
	}

	static Answer expect(Answer answer, int status) {
		if (answer.status() != status) {
			throw new IllegalStateException("Expected " + status + ", got " + answer.status() + ": " + answer.text());
		}
		return answer;
	}

	private URI uri(String path) {
		return URI.create(baseUrl + path);
	}

	private static String csrf(Answer page) {
		Matcher matcher = CSRF.matcher(page.text());
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the page (" + page.status() + ")");
		}
		return matcher.group(1);
	}

	private Answer send(HttpRequest.Builder request, String bearer) {
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		try {
			HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers().firstValue("Link").orElse(null));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
