package org.credence.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/** Real HTTP calls to the running server, with raw bodies so that tests can send anything. */
@TestComponent
public class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Environment environment;

	Api(Environment environment) {
		this.environment = environment;
	}

	public record Response(int status, String contentType, String text, String location) {

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

	/** Any method, content type and body, for the requests a well-behaved client would not send. */
	public Response request(String method, String path, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request);
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.header("Accept", "application/json, application/problem+json").build(),
					HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers().firstValue("Location").orElse(null));
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
