package org.credence.problem;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The pages' failures that no form can show, such as an unknown id, end on the one error page the
 * servlet container's error dispatch renders, whichever module's page raised them. Forms catch
 * their own refusals and show them next to the fields. API calls never get here: {@link ApiProblems}
 * comes first for them and answers with a problem document.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	@ExceptionHandler(ProblemException.class)
	void refused(ProblemException e, HttpServletResponse response) throws IOException {
		response.sendError(e.kind().status().value());
	}

	/** The rules are checked before writing; reaching here means a concurrent change won the race. */
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
