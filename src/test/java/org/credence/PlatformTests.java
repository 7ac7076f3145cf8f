package org.credence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;

import org.credence.support.Api;
import org.credence.support.CredenceTest;

/** What operators and client developers rely on: health with the database, the OpenAPI document, Swagger UI. */
@CredenceTest
class PlatformTests {

	@Autowired
	Api api;

	@Autowired
	HealthContributorRegistry health;

	@Test
	void healthIsUpWithTheDatabase() {
		Api.Response response = api.get("/actuator/health");

		assertThat(response.status()).as(response.text()).isEqualTo(200);
		assertThat(response.json().path("status").asString()).isEqualTo("UP");
		// Components are not shown over HTTP (show-details: never); the aggregate above includes this one.
		HealthContributor database = health.getContributor("db");
		assertThat(database).as("the database takes part in the health").isInstanceOf(HealthIndicator.class);
		Health databaseHealth = ((HealthIndicator) database).health(true);
		assertThat(databaseHealth.getStatus()).isEqualTo(Status.UP);
		assertThat(databaseHealth.getDetails()).containsEntry("database", "PostgreSQL");
	}

	@Test
	void theOpenApiDocumentListsTheMissionPaths() {
		Api.Response docs = api.get("/v3/api-docs");

		assertThat(docs.status()).as(docs.text()).isEqualTo(200);
		assertThat(docs.contentType()).startsWith("application/json");
		JsonNode document = docs.json();
		assertThat(document.path("openapi").asString()).startsWith("3.");
		JsonNode paths = document.path("paths");
		assertThat(paths.has("/api/missions")).isTrue();
		assertThat(paths.path("/api/missions").has("get")).isTrue();
		assertThat(paths.path("/api/missions").has("post")).isTrue();
		assertThat(paths.has("/api/missions/{id}")).isTrue();
		assertThat(paths.has("/api/missions/{id}/ceilings")).isTrue();
		assertThat(paths.has("/api/missions/{missionId}/arrivals")).isTrue();
		assertThat(paths.has("/api/accreditations/{id}/approval")).isTrue();
		assertThat(paths.has("/api/host")).isTrue();
		assertThat(paths.has("/error")).as("only the API is described").isFalse();
	}

	@Test
	void swaggerUiAnswers() {
		Api.Response redirect = api.get("/swagger-ui.html");
		assertThat(redirect.status()).isIn(200, 302);
		if (redirect.status() == 302) {
			assertThat(redirect.location()).endsWith("/swagger-ui/index.html");
		}

		Api.Response page = api.get("/swagger-ui/index.html");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.text()).contains("swagger-ui");
		// Served without the resource chain, which is off: the page's own scripts and style, and the pages' assets.
		for (String asset : List.of("/swagger-ui/swagger-ui.css", "/swagger-ui/swagger-ui-bundle.js",
				"/swagger-ui/swagger-initializer.js", "/css/credence.css", "/js/credence.js")) {
			Api.Response served = api.get(asset);
			assertThat(served.status()).as(asset).isEqualTo(200);
			assertThat(served.text()).as(asset).isNotBlank();
		}
		assertThat(api.get("/swagger-ui/swagger-initializer.js").text()).contains("/v3/api-docs");
	}
}
