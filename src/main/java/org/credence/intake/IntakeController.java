package org.credence.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import org.credence.host.Host;
import org.credence.problem.ProblemException;

/**
 * An office's records sent as CSV, checked or imported in the background. The file is the body
 * itself (text/csv) or the part {@code file} of a form; a body that is not CSV is refused before a job
 * exists. No content type is required of the body, so that a caller who may not send one is refused
 * as such by the access gate rather than for the body's type.
 */
@Tag(name = "Intake")
@RestController
@RequestMapping("/api/intake")
class IntakeController {

	static final String FILE_PART = "file";

	private final Intake intake;

	private final Host host;

	private final MessageSource messages;

	IntakeController(Intake intake, Host host, MessageSource messages) {
		this.intake = intake;
		this.host = host;
		this.messages = messages;
	}

	@Operation(summary = "Check (dryRun=true, the default) or import (dryRun=false) an office's records from CSV: one row "
			+ "per accredited person, a header naming the columns mission, sending_state, name_native, name_latin, "
			+ "birth_date, nationality, category, title, function, arrival_date, credential_number, credential_expiry "
			+ "(any order; birth_date and the credential's optional; see GET /intake/template.csv). Answers at once "
			+ "with the job, at the Location, that reads the rows: a dry run writes nothing and reports every error by "
			+ "line and column; an import writes all rows or none. A file that is not UTF-8 CSV or whose header names "
			+ "unknown, repeated or too few columns is refused with /problems/intake-file")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
			@Content(mediaType = "text/csv", schema = @Schema(type = "string")),
			@Content(mediaType = "multipart/form-data", schema = @Schema(type = "object", requiredProperties = FILE_PART),
					schemaProperties = @SchemaProperty(name = FILE_PART, schema = @Schema(type = "string", format = "binary"))) })
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PostMapping("/csv")
	ResponseEntity<IntakeJobStatus> submit(HttpServletRequest request,
			@Parameter(description = "true: check only, write nothing; false: import") @RequestParam(defaultValue = "true") boolean dryRun,
			@Parameter(description = "The day missions not yet in the registry are established; by default each "
					+ "mission's earliest arrival") @RequestParam(required = false) LocalDate establishedOn) {
		IntakeJob job = intake.start(name(request), content(request), dryRun, establishedOn);
		return ResponseEntity.accepted()
			.location(URI.create("/api/intake/jobs/" + job.id()))
			.body(IntakeJobStatus.of(job, host, messages));
	}

	@Operation(summary = "A job's state, progress and errors (line, column, rule, message)")
	@GetMapping("/jobs/{id}")
	IntakeJobStatus job(@PathVariable UUID id) {
		return IntakeJobStatus.of(intake.job(id), host, messages);
	}

	private static MultipartFile part(HttpServletRequest request) {
		MultipartFile file = request instanceof MultipartHttpServletRequest multipart ? multipart.getFile(FILE_PART) : null;
		if (request instanceof MultipartHttpServletRequest && file == null) {
			throw ProblemException.invalid(FILE_PART, "is required: a file part of a multipart/form-data request");
		}
		return file;
	}

	private static String name(HttpServletRequest request) {
		return fileName(part(request));
	}

	/** The name the file was uploaded under, without any folder; a body of text/csv has none. */
	static String fileName(MultipartFile file) {
		String uploaded = file == null || file.getOriginalFilename() == null ? ""
				: file.getOriginalFilename().replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
		return uploaded.isEmpty() ? "records.csv" : uploaded.substring(0, Math.min(uploaded.length(), 255));
	}

	private static final int LARGEST_BODY = 64 * 1024 * 1024;

	private static byte[] content(HttpServletRequest request) {
		try {
			MultipartFile file = part(request);
			if (file != null) {
				return file.getBytes();
			}
			// A body has no multipart limit of its own: held to the same one (spring.servlet.multipart.max-file-size).
			byte[] body = request.getInputStream().readNBytes(LARGEST_BODY + 1);
			if (body.length > LARGEST_BODY) {
				throw IntakeProblems.file("too-large", "The file is larger than 64 MB.");
			}
			return body;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
