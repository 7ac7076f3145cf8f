package org.credence.problem;

import java.net.URI;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
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
	ModelAndView page(HttpServletRequest request) {
		HttpStatus status = status(request);
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("reason", status.getReasonPhrase());
		return page;
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
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
	private static HttpStatus status(HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.ERROR) {
			return HttpStatus.NOT_FOUND;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}
}
