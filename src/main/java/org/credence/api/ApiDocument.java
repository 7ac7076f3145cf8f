package org.credence.api;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says of the whole API: who may call it (a bearer token, or the pages'
 * session cookie) and the shape of every refusal, an RFC 9457 problem document.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

	static final String PROBLEM = "ProblemDocument";

	@Bean
	OpenAPI credenceApi() {
		return new OpenAPI()
			.info(new Info().title("Credence")
				.version("0.1")
				.description("Accreditation registry of a receiving party: missions, ceilings, persons and accreditations, "
						+ "decisions, notices, the relations register and the journal. Errors are RFC 9457 problem "
						+ "documents (application/problem+json). Instants are ISO 8601 with the receiving party's offset."))
			// Relative: the document describes the server that serves it, wherever it runs.
			.servers(List.of(new Server().url("/").description("This server")))
			.components(new Components()
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description("A personal access token (credence_…) or a JWT of the configured identity provider"))
				.addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.COOKIE)
					.name("SESSION")
					.description("The session of a login on the pages; writes also need the X-CSRF-TOKEN header"))
				.addSchemas(PROBLEM, problem()))
			.security(List.of(new SecurityRequirement().addList("bearer"), new SecurityRequirement().addList("session")));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problem() {
		Schema field = new ObjectSchema().addProperty("field", new StringSchema().description("e.g. acts[0].personId"))
			.addProperty("problem", new StringSchema());
		return new ObjectSchema().description("RFC 9457 problem document; further members carry the figures of the rule")
			.required(List.of("type", "title", "status"))
			.addProperty("type", new StringSchema().format("uri-reference").example("/problems/invalid-input"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("errors", new ArraySchema().items(field).description("The fields at fault, for invalid input"));
	}
}
