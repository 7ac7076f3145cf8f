package org.credence.relations;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Relations")
@RestController
@RequestMapping("/api/incidents")
class IncidentController {

	private final IncidentRecording recording;

	private final IncidentViews views;

	private final IncidentPersons linking;

	IncidentController(IncidentRecording recording, IncidentViews views, IncidentPersons linking) {
		this.recording = recording;
		this.linking = linking;
		this.views = views;
	}

	record IncidentInput(@NotNull IncidentKind kind, @NotBlank @Size(max = 300) String title,
			@Schema(example = "CZE") @NotBlank String acting, @Schema(example = "RUS") @NotBlank String affected,
			@NotNull LocalDate occurredOn,
			LocalDate deadlineToLeave, @Size(max = 10000) String grounds, UUID answers,
			@NotBlank @Size(max = 100) String classification, @Size(max = 6) Map<String, Integer> counts,
			@Size(max = 500) List<@NotNull UUID> persons) {
	}

	record SourceInput(@NotBlank @Size(max = 200) String publisher, @NotNull LocalDate publishedOn,
			@NotBlank @Size(max = 500) String title, @Size(max = 2000) String address) {
	}

	record CitationInput(@Size(max = 500) String fact, @NotNull Citation.Stance stance,
			@NotNull @Valid SourceInput source) {
	}

	record PersonLink(@NotNull UUID personId) {
	}

	@Operation(summary = "Record an incident: acting and affected party (alpha-3 state, or HOST for the receiving "
			+ "party), counts per staff category (or UNSPECIFIED), linked persons, the incident it answers")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<IncidentViews.IncidentView> record(@Valid @RequestBody IncidentInput body) {
		Incident incident = recording.record(new IncidentRecording.NewIncident(null, body.kind(), body.title(),
				body.acting().trim(), body.affected().trim(), body.occurredOn(), body.deadlineToLeave(), body.grounds(),
				body.answers(), body.classification(), body.counts() == null ? Map.of() : body.counts(),
				body.persons() == null ? List.of() : body.persons()));
		return ResponseEntity.created(URI.create("/api/incidents/" + incident.id())).body(views.view(incident));
	}

	@Operation(summary = "Incidents in order of occurrence; with between and and, only those between the two parties")
	@GetMapping
	List<IncidentViews.IncidentView> list(@RequestParam(required = false) String between, @RequestParam(required = false) String and,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		return views.list(between, and, from, to);
	}

	@Operation(summary = "An incident, the sources cited for it, and where each fact stands (reported, confirmed, "
			+ "denied, disputed) and by whom")
	@GetMapping("/{id}")
	IncidentViews.IncidentDetail get(@PathVariable UUID id) {
		return views.detail(id);
	}

	@Operation(summary = "Cite a source for the incident, or for one fact about it: it reports, confirms or denies")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/citations")
	ResponseEntity<Citation> cite(@PathVariable UUID id, @Valid @RequestBody CitationInput body) {
		SourceInput source = body.source();
		Citation citation = recording.cite(id, body.fact(), body.stance(), source.publisher(), source.publishedOn(),
				source.title(), source.address());
		return ResponseEntity.created(URI.create("/api/incidents/" + id)).body(views.local(citation));
	}

	@Operation(summary = "Link a person of the registry to the incident (refused when already linked)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/persons")
	ResponseEntity<IncidentViews.IncidentView> link(@PathVariable UUID id, @Valid @RequestBody PersonLink body) {
		Incident incident = linking.link(id, body.personId());
		return ResponseEntity.created(URI.create("/api/incidents/" + id)).body(views.view(incident));
	}
}
