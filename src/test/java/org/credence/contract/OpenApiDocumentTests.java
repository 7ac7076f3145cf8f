package org.credence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;

/** The document the server serves, written where CI's linter reads it. */
@CredenceTest
class OpenApiDocumentTests {

	@Autowired
	Api api;

	@Test
	void theServedDocumentIsWrittenForTheLinter() throws IOException {
		Api.Response document = api.anonymous().get("/v3/api-docs");
		assertThat(document.status()).as(document.text()).isEqualTo(200);
		assertThat(document.json().path("paths").size()).isGreaterThan(40);

		Files.writeString(Path.of("target", "openapi.json"), document.json().toPrettyString());
	}
}
