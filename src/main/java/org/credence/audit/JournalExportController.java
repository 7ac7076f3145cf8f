package org.credence.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The filtered journal as a file to keep, streamed: JSON Lines or CSV, with the filter of the API's
 * list and of the page, for those who may read the journal.
 */
@RestController
@RequestMapping("/api/journal")
class JournalExportController {

	private final JournalFilters filters;

	private final JournalExport export;

	JournalExportController(JournalFilters filters, JournalExport export) {
		this.filters = filters;
		this.export = export;
	}

	/** Every matching entry, one JSON object per line, in the order written, with position and hash. */
	@Operation(summary = "The matching entries as JSON Lines, each with its position and hash, in the order written")
	@ApiResponse(responseCode = "200", description = "One entry per line",
			content = @Content(mediaType = JournalExport.JSON_LINES, schema = @Schema(implementation = JournalEntry.class)))
	@GetMapping("/export")
	void export(@RequestParam(required = false) String subject, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(required = false) String name,
			@RequestParam(required = false) @Parameter(schema = @Schema(format = "date")) String from,
			@RequestParam(required = false) @Parameter(schema = @Schema(format = "date")) String to,
			HttpServletResponse response) throws IOException {
		JournalFilter filter = filters.of(new JournalQuery(subject, actor, action, name, from, to));
		export.jsonLines(filter, start(response, JournalExport.JSON_LINES, "journal.jsonl").getWriter());
	}

	/** The same entries as a table, for a spreadsheet: a header line, then one entry per line. */
	@Operation(summary = "The matching entries as CSV with a header line, each with its position and hash, in the order written")
	@ApiResponse(responseCode = "200", description = "A header line, then one entry per line; every field quoted",
			content = @Content(mediaType = JournalExport.CSV, schema = @Schema(type = "string")))
	@GetMapping("/export/csv")
	void exportCsv(@RequestParam(required = false) String subject, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(required = false) String name,
			@RequestParam(required = false) @Parameter(schema = @Schema(format = "date")) String from,
			@RequestParam(required = false) @Parameter(schema = @Schema(format = "date")) String to,
			HttpServletResponse response) throws IOException {
		JournalFilter filter = filters.of(new JournalQuery(subject, actor, action, name, from, to));
		export.csv(filter, start(response, JournalExport.CSV, "journal.csv").getWriter());
	}

	private static HttpServletResponse start(HttpServletResponse response, String type, String file) {
		response.setContentType(type);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
		return response;
	}
}
