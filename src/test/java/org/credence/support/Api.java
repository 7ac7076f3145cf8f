package org.credence.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

import org.credence.security.TestAccounts;

/**
 * Real HTTP calls to the running server, with raw bodies so that tests can send anything. Calls are
 * made as the test administrator (a personal access token) unless {@link #as} names another
 * caller's token or {@link #anonymous} sends none.
 */
@TestComponent
public class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Environment environment;

	/** The bearer token sent with every call; null for none. */
	private final Supplier<String> token;

	@Autowired
	Api(Environment environment, TestAccounts accounts) {
		this(environment, accounts::adminToken);
	}

	private Api(Environment environment, Supplier<String> token) {
		this.environment = environment;
		this.token = token;
	}

	/** The same calls made with another bearer token (e.g. {@code TestAccounts.User#token()}). */
	public Api as(String bearerToken) {
		return new Api(environment, () -> bearerToken);
	}

	/** The same calls, with the same credentials, to another server: one whose environment is given. */
	public Api to(Environment server) {
		return new Api(server, token);
	}

	/** The same calls made without any credentials. */
	public Api anonymous() {
		return new Api(environment, () -> null);
	}

	public record Response(int status, String contentType, String text, String location, HttpHeaders headers) {

		public JsonNode json() {
			return JSON.readTree(text);
		}

		public String id() {
			return json().get("id").asString();
		}
	}

	public String baseUrl() {
		return "http://localhost:" + environment.getProperty("local.server.port");
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET());
	}

	public Response post(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** A file part of a multipart/form-data request: the part's name, the file's name, its bytes. */
	public record FilePart(String name, String fileName, byte[] content) {
	}

	/** A multipart/form-data POST of those files, as a browser's form or curl -F sends them. */
	public Response upload(String path, FilePart... parts) {
		String boundary = "credence-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (FilePart part : parts) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\"; filename=\""
					+ part.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(part.content());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** Any method, content type and body, for the requests a well-behaved client would not send. */
	public Response request(String method, String path, String contentType, String body) {
		return request(method, path, contentType, body, null, null);
	}

	/** As {@link #request(String, String, String, String)}, with one more header (if not null) of any value. */
	public Response request(String method, String path, String contentType, String body, String header, String value) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (header != null) {
			request.header(header, value);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request);
	}

	private Response send(HttpRequest.Builder request) {
		try {
			String bearer = token.get();
			if (bearer != null) {
				request.header("Authorization", "Bearer " + bearer);
			}
			HttpResponse<String> response = CLIENT.send(request.header("Accept", "application/json, application/problem+json").build(),
					HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers().firstValue("Location").orElse(null), response.headers());
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
