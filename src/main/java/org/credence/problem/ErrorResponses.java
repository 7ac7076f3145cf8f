package org.credence.problem;

import java.net.URI;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container shows when no handler answered (unknown path, wrong method outside a
 * controller): a page for browsers, a problem document for every other client.
 */
@Controller
class ErrorResponses implements ErrorController {

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request, response);
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("reason", status.getReasonPhrase());
		return page;
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request, response);
		if (databaseUnavailable(request)) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.of(DatabaseUnavailable.KIND, DatabaseUnavailable.DETAIL));
		}
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		path = path == null ? request.getRequestURI() : path;
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, status == HttpStatus.NOT_FOUND
				? "There is nothing at " + path + "."
				: status.getReasonPhrase());
		body.setType(status == HttpStatus.NOT_FOUND ? ProblemKind.NOT_FOUND.type() : URI.create("/problems/http-" + status.value()));
		body.setTitle(status == HttpStatus.NOT_FOUND ? ProblemKind.NOT_FOUND.title() : status.getReasonPhrase());
		body.setInstance(URI.create(path.toString()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	/** Called directly, outside an error dispatch, the error path is a path like any other, with nothing at it. */
	private static HttpStatus status(HttpServletRequest request, HttpServletResponse response) {
		if (request.getDispatcherType() != DispatcherType.ERROR) {
			return HttpStatus.NOT_FOUND;
		}
		if (databaseUnavailable(request)) {
			// Set now, not when the view renders: the page's interceptors must not query the database.
			response.setStatus(DatabaseUnavailable.KIND.status().value());
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
			return DatabaseUnavailable.KIND.status();
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	/**
	 * A failure that reached the container because the database is down (in a page's controller, or
	 * in the login filters, before any controller) is a 503 to try again, not a 500.
	 */
	private static boolean databaseUnavailable(HttpServletRequest request) {
		return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
				&& DatabaseUnavailable.explains(failure);
	}
}
