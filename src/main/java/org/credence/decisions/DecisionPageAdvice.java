package org.credence.decisions;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import org.credence.problem.ProblemException;

/**
 * For the decision pages only (the API has its own problem documents): a failure that no form can
 * show, such as an unknown decision, ends on the shared error page, like the registry's pages.
 */
@ControllerAdvice(assignableTypes = { DecisionsPage.class, DecisionPage.class, CouncilAnswers.class,
		SigningQueue.class })
class DecisionPageAdvice {

	/** A blank field means "not given": optional values become null, required ones fail @NotBlank/@NotNull. */
	@InitBinder
	void blankIsAbsent(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

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
