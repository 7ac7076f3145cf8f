package org.credence.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * A kind of problem with a stable {@code type}, a human title and an HTTP status. Each module
 * declares the kinds its rules can raise; clients may rely on the type never changing.
 */
public record ProblemKind(String slug, String title, HttpStatus status) {

	public static final ProblemKind INVALID_INPUT = new ProblemKind("invalid-input",
			"The request has fields that are missing or not valid", HttpStatus.BAD_REQUEST);

	public static final ProblemKind MALFORMED_REQUEST = new ProblemKind("malformed-request",
			"The request body is not well-formed JSON", HttpStatus.BAD_REQUEST);

	public static final ProblemKind NOT_FOUND = new ProblemKind("not-found", "No such record", HttpStatus.NOT_FOUND);

	public static final ProblemKind CONFLICT = new ProblemKind("conflict",
			"The change conflicts with the registry's records", HttpStatus.CONFLICT);

	public static final ProblemKind INTERNAL_ERROR = new ProblemKind("internal-error",
			"The registry could not complete the request", HttpStatus.INTERNAL_SERVER_ERROR);

	public URI type() {
		return URI.create("/problems/" + slug);
	}
}
