package org.credence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;

/**
 * A client that builds each request from the served document alone, every documented parameter and
 * the body's required properties with values of their documented type, is never refused for the
 * request's shape: no field or parameter unknown, of another type, or required but undocumented.
 * Refusals of the values themselves (an unknown id, a rule of the registry) are not the document's fault.
 */
@CredenceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentedShapeTests {

	/** What the server says when the request's shape, not its values, is at fault. */
	private static final Pattern SHAPE = Pattern.compile("^(is not a known field|is not a parameter of this route"
			+ "|must not be null|must be (one of |a date |a UUID|a whole number|true or false|a string|a list|an object"
			+ "|a value of another type))");

	@Autowired
	Api api;

	DocumentedOperations document;

	@Autowired
	TestAccounts accounts;

	@BeforeAll
	void readTheServedDocument() {
		document = new DocumentedOperations(api.anonymous().get("/v3/api-docs").json());
		// An administrator of its own: the documented password change counts a failed attempt against it.
		api = api.as(accounts.user(Role.ADMINISTRATOR).token());
	}

	Stream<DocumentedOperations.Operation> operations() {
		return document.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void aRequestBuiltFromTheDocumentIsNotRefusedForItsShape(DocumentedOperations.Operation operation) {
		StringBuilder query = new StringBuilder();
		String path = operation.path();
		for (JsonNode parameter : operation.parameters()) {
			JsonNode value = document.valid(parameter.path("schema"));
			String text = value.isString() ? value.asString() : value.toString();
			if ("path".equals(parameter.path("in").asString())) {
				path = path.replace("{" + parameter.path("name").asString() + "}", UUID.randomUUID().toString());
			}
			else if ("query".equals(parameter.path("in").asString())) {
				query.append(query.isEmpty() ? "?" : "&").append(parameter.path("name").asString()).append('=')
					.append(URLEncoder.encode(text, StandardCharsets.UTF_8));
			}
		}
		String body = operation.body() == null ? null : document.valid(operation.body()).toString();

		Api.Response response = api.request(operation.method(), path + query, body == null ? null : "application/json", body);

		assertThat(response.status()).as(response.text()).isLessThan(500);
		if (response.status() < 300) {
			assertThat(operation.statuses()).as("the statuses documented for " + operation)
				.contains(Integer.toString(response.status()));
		}
		if (response.status() == 400) {
			JsonNode problem = response.json();
			assertThat(problem.path("type").asString()).as(body + " → " + response.text())
				.isNotEqualTo("/problems/malformed-request");
			List<String> shape = problem.path("errors").valueStream()
				.filter(error -> SHAPE.matcher(error.path("problem").asString()).find())
				.map(JsonNode::toString)
				.toList();
			assertThat(shape).as(body + " → " + response.text()).isEmpty();
		}
	}
}
