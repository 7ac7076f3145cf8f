package org.credence.api;

import java.util.Arrays;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;

/** The problem documents each operation may answer, documented in one place rather than on every route. */
@Component
class ProblemResponses implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		add(operation, "400", "Invalid input (/problems/invalid-input: unknown or ill-typed fields or parameters, "
				+ "the fields named) or a body that is not JSON (/problems/malformed-request)");
		add(operation, "401", "No login, or a token that is unknown, expired or revoked (/problems/unauthenticated)");
		add(operation, "403", "The caller's role may not call this route (/problems/forbidden), or a rule of the "
				+ "procedure reserves it to someone else");
		boolean identified = Arrays.stream(handler.getMethodParameters())
			.anyMatch(parameter -> parameter.hasParameterAnnotation(PathVariable.class));
		if (identified) {
			add(operation, "404", "No such record, or one the caller may not see (/problems/not-found)");
		}
		if (!AnnotatedElementUtils.hasAnnotation(handler.getMethod(), GetMapping.class)) {
			add(operation, "409", "The change conflicts with the registry's records (e.g. /problems/conflict, "
					+ "/problems/duplicate, /problems/decision-wrong-step)");
			add(operation, "422", "A rule of the registry refuses the change (e.g. /problems/ceiling-exceeded, "
					+ "/problems/invalid-dates)");
		}
		return operation;
	}

	private static void add(Operation operation, String status, String description) {
		if (operation.getResponses().containsKey(status)) {
			return;
		}
		Schema<?> problem = new Schema<>().$ref("#/components/schemas/" + ApiDocument.PROBLEM);
		operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json", new MediaType().schema(problem))));
	}
}
