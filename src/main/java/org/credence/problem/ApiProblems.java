package org.credence.problem;

import java.sql.SQLException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every failure of an API call into an RFC 9457 problem document; before {@link PageProblems}. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> problem(ProblemException e) {
		ProblemDetail body = Problems.of(e.kind(), e.getMessage());
		e.properties().forEach(body::setProperty);
		return ResponseEntity.status(e.kind().status()).body(body);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof PlausibleDates.Implausible implausible) {
				return problem(ProblemException.invalid(e.getName(), implausible.getMessage()));
			}
		}
		String expected = e.getRequiredType() == null ? "a different value" : Problems.describe(e.getRequiredType());
		return problem(ProblemException.invalid(e.getName(), "must be " + expected + ", not '" + e.getValue() + "'"));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
		// SQLSTATE class 22 is a value the database cannot store (a NUL character, a year beyond its
		// range): the request is at fault, not a concurrent change.
		if (e.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
				&& sql.getSQLState().startsWith("22")) {
			log.info("Refused by the database as a value it cannot store: {}", sql.getMessage());
			String reason = sql.getMessage() == null ? "" : sql.getMessage().lines().findFirst().orElse("").replaceFirst("^ERROR: ", "");
			return problem(ProblemException.invalid("(body)", "holds a value the database cannot store: " + reason));
		}
		// Rules are checked before writing; reaching here means a concurrent change won the race.
		log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
		return problem(new ProblemException(ProblemKind.CONFLICT,
				"The change conflicts with a record written at the same time; reload and try again."));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		if (DatabaseUnavailable.explains(e)) {
			log.warn("Answered 503, the database is not available: {}", e.getMessage());
			return ResponseEntity.status(DatabaseUnavailable.KIND.status())
				.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
				.body(Problems.of(DatabaseUnavailable.KIND, DatabaseUnavailable.DETAIL));
		}
		log.error("Unexpected failure", e);
		return problem(new ProblemException(ProblemKind.INTERNAL_ERROR,
				"Nothing was changed. The failure has been logged."));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidField> fields = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new InvalidField(error.getField(), error.getDefaultMessage()))
			.toList();
		return cast(problem(ProblemException.invalid(fields)));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidField> fields = e.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				// A body checked with a handler's constrained parameters names its own fields, not the parameter.
				.map(error -> new InvalidField(error instanceof FieldError field ? field.getField()
						: result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
			.toList();
		return cast(problem(ProblemException.invalid(fields)));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return cast(problem(unreadable(e)));
	}

	private static ProblemException unreadable(HttpMessageNotReadableException e) {
		Throwable cause = e.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return ProblemException.invalid(Problems.path(unknown), "is not a known field");
		}
		if (cause instanceof DateBinding.OutOfRange range) {
			return ProblemException.invalid(Problems.path(range), range.getOriginalMessage());
		}
		if (cause instanceof InvalidFormatException format) {
			return ProblemException.invalid(Problems.path(format),
					"must be " + Problems.describe(format.getTargetType()) + ", not '" + format.getValue() + "'");
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return ProblemException.invalid(Problems.path(mismatch), "must be " + Problems.describe(mismatch.getTargetType()));
		}
		if (cause instanceof InputCoercionException range) {
			// Well-formed JSON, but a number too large for its field: the field is at fault, not the syntax.
			return ProblemException.invalid(Problems.path(range), "must be " + Problems.describe(range.getTargetType())
					+ " within range");
		}
		if (cause instanceof JacksonException jackson && !(cause instanceof StreamReadException)
				&& !jackson.getPath().isEmpty()) {
			return ProblemException.invalid(Problems.path(jackson), "is not valid: " + jackson.getOriginalMessage());
		}
		String where = cause instanceof JacksonException jackson && jackson.getLocation() != null
				? " (line " + jackson.getLocation().getLineNr() + ", column " + jackson.getLocation().getColumnNr() + ")"
				: "";
		return new ProblemException(ProblemKind.MALFORMED_REQUEST, "The request body is missing or is not valid JSON" + where + ".");
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		// Spring's own problems (405, 406, 415, missing parameters...) get a stable type too. Most of
		// Spring's handlers pass no body and let the exception make it, so take it from there first.
		if (body == null && e instanceof ErrorResponse error) {
			body = error.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
		}
		if (body instanceof ProblemDetail detail && (detail.getType() == null || "about:blank".equals(detail.getType().toString()))) {
			detail.setType(java.net.URI.create("/problems/http-" + status.value()));
			HttpStatus known = HttpStatus.resolve(status.value());
			if (known != null) {
				detail.setTitle(known.getReasonPhrase());
			}
		}
		return super.handleExceptionInternal(e, body, headers, status, request);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> entity) {
		return (ResponseEntity) entity;
	}
}
