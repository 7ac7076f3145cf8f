package org.credence.screening.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;


/**
 * The watch lists and their versions. An upload's parts are optional to Spring so that a request
 * that is not multipart reaches the access gate, which may refuse it, and then {@link FileParts},
 * which names what is missing.
 */
@Tag(name = "Screening")
@RestController
@RequestMapping("/api/screening/lists")
class ListController {

	private final ListViews views;

	private final ListImport imports;

	ListController(ListViews views, ListImport imports) {
		this.views = views;
		this.imports = imports;
	}

	@Operation(summary = "The lists screened against (ofac-sdn, un-consolidated, registry), each with its current "
			+ "version and what it holds")
	@GetMapping
	List<ListViews.Overview> lists() {
		return views.lists();
	}

	@Operation(summary = "The versions of a list, the latest first, the current one marked; old versions are kept")
	@GetMapping("/{list}/versions")
	List<ListVersion> versions(@PathVariable String list) {
		return views.versions(list);
	}

	@Operation(summary = "One version of a list")
	@GetMapping("/{list}/versions/{id}")
	ListVersion version(@PathVariable String list, @PathVariable UUID id) {
		return views.version(list, id);
	}

	@Operation(summary = "Import a version of OFAC's SDN list from its legacy CSV files (multipart/form-data: sdn, alt "
			+ "and add, all three required); it becomes the current version. A file not in OFAC's format is refused "
			+ "with /problems/malformed-list-file naming the file and the line, and nothing is imported")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
			schema = @Schema(type = "object", requiredProperties = { "sdn", "alt", "add" }),
			schemaProperties = { @SchemaProperty(name = "sdn", schema = @Schema(type = "string", format = "binary")),
					@SchemaProperty(name = "alt", schema = @Schema(type = "string", format = "binary")),
					@SchemaProperty(name = "add", schema = @Schema(type = "string", format = "binary")) }))
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/ofac-sdn/versions")
	ResponseEntity<ListVersion> importOfac(@RequestPart(required = false) MultipartFile sdn,
			@RequestPart(required = false) MultipartFile alt, @RequestPart(required = false) MultipartFile add,
			@Parameter(description = "The day OFAC published the files (they do not say it themselves)")
			@RequestParam(required = false) LocalDate published) {
		FileParts.require(new FileParts.Part("sdn", sdn), new FileParts.Part("alt", alt), new FileParts.Part("add", add));
		try (DigestedInput sdnFile = FileParts.open("sdn", sdn, "sdn.csv"); DigestedInput altFile = FileParts.open("alt", alt, "alt.csv");
				DigestedInput addFile = FileParts.open("add", add, "add.csv")) {
			return created(imports.ofac(sdnFile, altFile, addFile, published));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Operation(summary = "Import a version of the UN Security Council Consolidated List from its XML file "
			+ "(multipart/form-data: consolidated, required), published on the day its dateGenerated says; it becomes the "
			+ "current version. A file not in the list's format is refused with /problems/malformed-list-file naming the "
			+ "element and its line, and nothing is imported")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
			schema = @Schema(type = "object", requiredProperties = { "consolidated" }),
			schemaProperties = @SchemaProperty(name = "consolidated", schema = @Schema(type = "string", format = "binary"))))
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/un-consolidated/versions")
	ResponseEntity<ListVersion> importUn(@RequestPart(required = false) MultipartFile consolidated) {
		FileParts.require(new FileParts.Part("consolidated", consolidated));
		try (DigestedInput file = FileParts.open("consolidated", consolidated, "consolidated.xml")) {
			return created(imports.un(file));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static ResponseEntity<ListVersion> created(ListVersion version) {
		return ResponseEntity.created(URI.create("/api/screening/lists/" + version.list() + "/versions/" + version.id()))
			.body(version);
	}
}
