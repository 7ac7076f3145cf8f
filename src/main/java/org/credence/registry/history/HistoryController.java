package org.credence.registry.history;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "History")
@RestController
class HistoryController {

	private final RegistryHistory history;

	HistoryController(RegistryHistory history) {
		this.history = history;
	}

	@Operation(summary = "Full history of a mission: status changes, ceilings, requests, departures, and the decisions that took effect")
	@GetMapping("/api/missions/{id}/history")
	List<HistoryEntry> mission(@PathVariable UUID id) {
		return history.ofMission(id);
	}

	@Operation(summary = "Full history of a person: registration, every accreditation event, declarations of non-acceptability and "
			+ "their lifting, and the decisions that took effect")
	@GetMapping("/api/persons/{id}/history")
	List<HistoryEntry> person(@PathVariable UUID id) {
		return history.ofPerson(id);
	}
}
