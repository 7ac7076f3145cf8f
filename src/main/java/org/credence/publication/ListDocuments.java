package org.credence.publication;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.credence.host.Host;

/**
 * The diplomatic list for programs and print: JSON, CSV and PDF of the same list as the page, for
 * the same {@code date}. Names of states and, in the PDF, every word are in the language asked for
 * ({@code ?lang=fr} or Accept-Language).
 */
@Tag(name = "Diplomatic list")
@RestController
class ListDocuments {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final DiplomaticList lists;

	private final ListPdf pdf;

	private final Host host;

	private final Clock clock;

	ListDocuments(DiplomaticList lists, ListPdf pdf, Host host, Clock clock) {
		this.lists = lists;
		this.pdf = pdf;
		this.host = host;
		this.clock = clock;
	}

	// No "produces" on the CSV and PDF: a day that cannot be read is answered as a problem document.
	@Operation(summary = "The diplomatic list at the end of a day (today by default), as JSON")
	@GetMapping(path = "/public/diplomatic-list.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ListDocument json(@Parameter(description = "The day, yyyy-mm-dd; today in the receiving party's zone by default",
			schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) String date,
			Locale locale) {
		return list(date, locale);
	}

	@Operation(summary = "The diplomatic list at the end of a day, as CSV: one row per member listed (see the README for the columns)",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv",
					schema = @Schema(type = "string"))))
	@GetMapping("/public/diplomatic-list.csv")
	ResponseEntity<byte[]> csv(@Parameter(description = "The day, yyyy-mm-dd; today by default",
			schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) String date,
			Locale locale) {
		ListDocument list = list(date, locale);
		return ResponseEntity.ok()
			.contentType(CSV)
			.header("Content-Disposition", "attachment; filename=\"diplomatic-list-" + list.date() + ".csv\"")
			.body(ListCsv.of(list).getBytes(StandardCharsets.UTF_8));
	}

	@Operation(summary = "The diplomatic list at the end of a day, as PDF in the language asked for",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf",
					schema = @Schema(type = "string", format = "binary"))))
	@GetMapping("/public/diplomatic-list.pdf")
	ResponseEntity<byte[]> pdf(@Parameter(description = "The day, yyyy-mm-dd; today by default",
			schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) String date,
			Locale locale) {
		ListDocument list = list(date, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "inline; filename=\"diplomatic-list-" + list.date() + ".pdf\"")
			.body(pdf.of(list, locale));
	}

	private ListDocument list(String date, Locale locale) {
		return ListDocument.of(lists.of(ListDay.read(date, host, clock), locale), host);
	}
}
