package org.credence.relations;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import org.credence.problem.ProblemException;

/**
 * The relations pages end a failure no form can show (an unknown incident or forum) on the shared
 * error page, like the registry's pages; the API keeps its problem documents.
 */
@ControllerAdvice(assignableTypes = { IncidentPages.class, IncidentPersonPages.class, RelationsPages.class,
		ForumPages.class })
class RelationsPageAdvice {

	@ExceptionHandler(ProblemException.class)
	void refused(ProblemException e, HttpServletResponse response) throws IOException {
		response.sendError(e.kind().status().value());
	}

	/** The forms' values are checked before writing; reaching here means a concurrent change won the race. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	void conflict(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}

	/** A path id that is not a UUID names nothing that can exist. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void unreadablePath(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
