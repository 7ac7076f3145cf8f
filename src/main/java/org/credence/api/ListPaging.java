package org.credence.api;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.servlet.http.HttpServletRequest;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.UriComponentsBuilder;

import org.credence.problem.ProblemException;

/**
 * Every route that answers a list pages it the same way: {@code limit} items (1 to 1000, default
 * 1000) of page {@code page} (from 1), in the list's own order, with a {@code Link} header to the
 * next page while there is one. The lists are cut here, after the query, so that every list pages
 * alike; none of them is large enough yet for the query to need it.
 */
@RestControllerAdvice
class ListPaging implements ResponseBodyAdvice<Object>, OperationCustomizer {

	static final String LIMIT = "limit";

	static final String PAGE = "page";

	static final int MAX_LIMIT = 1000;

	/** Whether the route answers a list, and so takes {@code limit} and {@code page}. */
	static boolean pages(MethodParameter returnType) {
		return List.class.isAssignableFrom(returnType.getParameterType());
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return pages(returnType);
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
		if (!(body instanceof List<?> list) || !(request instanceof ServletServerHttpRequest servlet)) {
			return body;
		}
		HttpServletRequest http = servlet.getServletRequest();
		int limit = number(http, LIMIT, MAX_LIMIT, MAX_LIMIT);
		int page = number(http, PAGE, 1, Integer.MAX_VALUE);
		long from = (long) (page - 1) * limit;
		if (from + limit < list.size()) {
			String next = UriComponentsBuilder.fromPath(http.getRequestURI())
				.query(http.getQueryString())
				.replaceQueryParam(LIMIT, limit)
				.replaceQueryParam(PAGE, page + 1)
				.build()
				.toUriString();
			response.getHeaders().add(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return from >= list.size() ? List.of() : list.subList((int) from, (int) Math.min(list.size(), from + limit));
	}

	private static int number(HttpServletRequest request, String name, int absent, int max) {
		String text = request.getParameter(name);
		if (text == null) {
			return absent;
		}
		try {
			int value = Integer.parseInt(text.trim());
			if (value >= 1 && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// refused below, as any value out of range
		}
		throw ProblemException.invalid(name, "must be a whole number from 1 to " + max + ", not '" + text + "'");
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (pages(handler.getReturnType())) {
			operation.addParametersItem(new Parameter().in("query").name(LIMIT)
				.description("How many items, 1 to " + MAX_LIMIT)
				.schema(new IntegerSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(MAX_LIMIT))._default(MAX_LIMIT)));
			operation.addParametersItem(new Parameter().in("query").name(PAGE)
				.description("Which page of limit items, from 1; the Link header names the next one")
				.schema(new IntegerSchema().minimum(BigDecimal.ONE)._default(1)));
		}
		return operation;
	}
}
