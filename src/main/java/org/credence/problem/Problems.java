package org.credence.problem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;

import org.springframework.http.ProblemDetail;

final class Problems {

	private Problems() {
	}

	static ProblemDetail of(ProblemKind kind, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(kind.status(), detail);
		body.setType(kind.type());
		body.setTitle(kind.title());
		return body;
	}

	/** The JSON path of the offending value, e.g. {@code credential.expiresOn} or {@code otherNames[2]}. */
	static String path(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : e.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "(body)" : path.toString();
	}

	static String describe(Class<?> type) {
		if (type == null) {
			return "a value of another type";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
		}
		if (type == LocalDate.class) {
			return "a date written yyyy-mm-dd";
		}
		if (type == OffsetDateTime.class || type == java.time.Instant.class) {
			return "a date and time written yyyy-mm-ddThh:mm:ss with an offset, or without one in the receiving party's time";
		}
		if (type == UUID.class) {
			return "a UUID";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "a whole number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "a string";
		}
		if (java.util.Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		return "an object";
	}
}
