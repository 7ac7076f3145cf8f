package org.credence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;

/**
 * The document the server serves, written where CI's linter reads it, and true where it was wrong:
 * the decisions' answer documented as the forums', a journal entry's change as text, no way to call
 * the API described, no refusal documented.
 */
@CredenceTest
class OpenApiDocumentTests {

	@Autowired
	Api api;

	JsonNode document;

	@BeforeEach
	void served() {
		Api.Response served = api.anonymous().get("/v3/api-docs");
		assertThat(served.status()).as(served.text()).isEqualTo(200);
		document = served.json();
	}

	@Test
	void theServedDocumentIsWrittenForTheLinter() throws IOException {
		assertThat(document.path("paths").size()).isGreaterThan(40);

		Files.writeString(Path.of("target", "openapi.json"), document.toPrettyString());
	}

	@Test
	void bodiesAreDocumentedAsTheServerTakesThem() {
		JsonNode answer = schema(document.at("/paths/~1api~1decisions~1{id}~1answers/post/requestBody/content/application~1json/schema"));
		JsonNode deadline = schema(document.at("/paths/~1api~1decisions~1{id}~1circulation/post/requestBody/content/application~1json/schema"))
			.path("properties").path("deadline");

		assertThat(answer.path("properties").propertyNames()).containsExactlyInAnyOrder("answer", "statement");
		assertThat(schema(document.at("/components/schemas/JournalEntry/properties/change")).path("type").asString())
			.isEqualTo("object");
		assertThat(deadline.path("format").asString()).isEqualTo("date-time");
		assertThat(deadline.path("description").asString()).contains("with an offset", "without an offset");
	}

	@Test
	void everyOperationSaysHowToCallItAndHowItRefuses() {
		assertThat(document.at("/components/securitySchemes").propertyNames()).containsExactlyInAnyOrder("bearer", "session");
		assertThat(document.path("security").toString()).contains("bearer", "session");
		document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			String name = operation.getKey() + " " + path.getKey();
			JsonNode op = operation.getValue();
			assertThat(op.path("summary").asString()).as(name).isNotBlank();
			assertThat(op.path("responses").propertyNames()).as(name).contains("400", "401", "403");
			assertThat(op.at("/responses/400/content/application~1problem+json/schema/$ref").asString()).as(name)
				.isEqualTo("#/components/schemas/ProblemDocument");
		}));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/missions", "/api/missions/{id}/status", "/api/missions/{id}/ceilings", "/api/persons",
			"/api/missions/{missionId}/arrivals", "/api/decisions", "/api/forums", "/api/forums/{id}/meetings",
			"/api/forums/{id}/proposals", "/api/incidents", "/api/incidents/{id}/citations", "/api/incidents/{id}/persons",
			"/api/account/tokens", "/api/admin/users", "/api/admin/users/{id}/tokens" })
	void whatCreatesIsDocumentedAsCreated(String path) {
		JsonNode responses = document.path("paths").path(path).path("post").path("responses");

		assertThat(responses.propertyNames()).as(path).contains("201").doesNotContain("200");
	}

	private JsonNode schema(JsonNode reference) {
		String ref = reference.path("$ref").asString("");
		return ref.isEmpty() ? reference : document.at(ref.substring(1));
	}
}
