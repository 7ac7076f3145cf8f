package org.credence.transfer;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Transfer")
@RestController
@RequestMapping("/api/transfer/registry")
class TransferController {

	private final WholeRegistry whole;

	private final JsonMapper json;

	TransferController(WholeRegistry whole, JsonMapper json) {
		this.whole = whole;
		this.json = json;
	}

	@Operation(summary = "The whole registry as of now as one JSON document (format " + TransferDocument.FORMAT
			+ "): missions, statuses, ceilings, persons, accreditations with their events, decisions with their "
			+ "answers, and the relations register; accounts are not part of it")
	@ApiResponse(responseCode = "200", description = "The document, as a file to keep",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = TransferDocument.class)))
	@ApiResponse(responseCode = "409", description = "The registry holds households, which the document does not carry "
			+ "yet (/problems/conflict): nothing is exported rather than a document without them",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/ProblemDocument")))
	@GetMapping
	void export(HttpServletResponse response) throws IOException {
		TransferDocument document = whole.export();
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"credence-registry.json\"");
		json.writeValue(response.getOutputStream(), document);
	}

	@Operation(summary = "Import a whole-registry document into an empty registry (no mission, person, decision or "
			+ "incident, else 409): every record is checked first and every error reported with its path (e.g. "
			+ "registry.accreditations[3].personId); nothing is written unless all of it is valid")
	@PostMapping
	WholeRegistry.Imported importDocument(@RequestBody TransferDocument document) {
		return whole.importDocument(document);
	}
}
