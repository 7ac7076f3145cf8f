package org.credence.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Assertions on RFC 9457 problem documents as the API sends them. */
public final class ProblemAssertions {

	private ProblemAssertions() {
	}

	/** The response is a problem document of that status and type; returns its body. */
	public static JsonNode assertProblem(Api.Response response, int status, String type) {
		assertThat(response.status()).as(response.text()).isEqualTo(status);
		assertThat(response.contentType()).as(response.text()).startsWith("application/problem+json");
		JsonNode body = response.json();
		assertThat(body.path("type").asString()).as(response.text()).isEqualTo(type);
		assertThat(body.path("status").isNumber()).as("status is the HTTP status: " + response.text()).isTrue();
		assertThat(body.path("status").asInt()).as(response.text()).isEqualTo(status);
		assertThat(body.path("title").asString()).as(response.text()).isNotBlank();
		return body;
	}

	/** A 400 invalid-input problem; returns its errors as field → problem, in order. */
	public static Map<String, String> assertInvalid(Api.Response response) {
		return errors(assertProblem(response, 400, "/problems/invalid-input"));
	}

	public static Map<String, String> errors(JsonNode problem) {
		Map<String, String> errors = new LinkedHashMap<>();
		assertThat(problem.path("errors").isArray()).as(problem.toString()).isTrue();
		for (JsonNode error : problem.path("errors")) {
			errors.put(error.path("field").asString(), error.path("problem").asString());
		}
		return errors;
	}
}
