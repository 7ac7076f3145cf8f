package org.credence.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;

/**
 * Requests the servlet container refuses before the application sees them (a request line too long,
 * an encoded slash or NUL in the path), and the error path itself called directly: each answer is a
 * problem document, or an error page for a browser, never the container's own HTML page nor a 500.
 * Sent over a raw socket, since well-behaved HTTP clients refuse to send such request lines.
 */
@CredenceTest
class ContainerErrorTests {

	@Autowired
	Api api;

	@ParameterizedTest
	@ValueSource(strings = { "/api/missions/a%2Fb", "/api/missions/a%00b", "/missions/%00", "/api/%zz" })
	void aPathTheContainerRefusesIsAProblemDocument(String path) throws IOException {
		Api.Response response = raw("GET " + path + " HTTP/1.1", "application/json");

		JsonNode problem = assertProblem(response, 400, "/problems/http-400");
		assertThat(problem.path("title").asString()).isEqualTo("Bad Request");
		assertThat(response.text()).doesNotContainIgnoringCase("tomcat").doesNotContain("<html");
	}

	@Test
	void aRequestLineTooLongIsAProblemDocument() throws IOException {
		Api.Response response = raw("GET /api/missions?name=" + "x".repeat(20_000) + " HTTP/1.1", "*/*");

		assertThat(response.status()).isIn(400, 414);
		assertProblem(response, response.status(), "/problems/http-" + response.status());
		assertThat(response.text()).doesNotContainIgnoringCase("tomcat");
	}

	@Test
	void aBrowserRefusedByTheContainerGetsAPlainErrorPageNotTheContainers() throws IOException {
		Api.Response response = raw("GET /missions/a%2Fb HTTP/1.1", "text/html,application/xhtml+xml");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("text/html");
		assertThat(response.text()).contains("400 Bad Request").doesNotContainIgnoringCase("tomcat");
	}

	@Test
	void theErrorPathCalledDirectlyIsNotFound() {
		JsonNode problem = assertProblem(api.get("/error"), 404, "/problems/not-found");
		assertThat(problem.path("detail").asString()).isEqualTo("There is nothing at /error.");
		assertProblem(api.anonymous().get("/error"), 404, "/problems/not-found");
		assertProblem(api.request("POST", "/error", "application/json", "{}"), 404, "/problems/not-found");

		Pages.Page page = Pages.anonymous(api.baseUrl()).get("/error");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.html()).contains("404");
	}

	/** One request over a new connection, closed after the answer; the headers as the server sent them. */
	private Api.Response raw(String requestLine, String accept) throws IOException {
		URI base = URI.create(api.baseUrl());
		try (Socket socket = new Socket(base.getHost(), base.getPort())) {
			OutputStream out = socket.getOutputStream();
			out.write((requestLine + "\r\nHost: localhost\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String[] parts = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r\n\r\n", 2);
			List<String> lines = parts[0].lines().toList();
			Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			lines.stream().skip(1).map(line -> line.split(":\\s*", 2))
				.forEach(header -> headers.computeIfAbsent(header[0], name -> new java.util.ArrayList<>()).add(header[1]));
			String body = parts.length > 1 ? parts[1] : "";
			if (headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) {
				body = unchunk(body);
			}
			return new Api.Response(Integer.parseInt(lines.get(0).split(" ")[1]),
					headers.getOrDefault("Content-Type", List.of("")).get(0), body, null,
					HttpHeaders.of(headers, (name, value) -> true));
		}
	}

	private static String unchunk(String chunked) {
		StringBuilder body = new StringBuilder();
		String rest = chunked;
		while (true) {
			int lineEnd = rest.indexOf("\r\n");
			int size = Integer.parseInt(rest.substring(0, lineEnd).trim(), 16);
			if (size == 0) {
				return body.toString();
			}
			body.append(rest, lineEnd + 2, lineEnd + 2 + size);
			rest = rest.substring(lineEnd + 2 + size + 2);
		}
	}
}
