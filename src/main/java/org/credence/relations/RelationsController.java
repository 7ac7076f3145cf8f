package org.credence.relations;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Relations")
@RestController
@RequestMapping("/api/relations")
class RelationsController {

	private final TitForTat register;

	private final RegisterExchange exchange;

	RelationsController(TitForTat register, RegisterExchange exchange) {
		this.register = register;
		this.exchange = exchange;
	}

	@Operation(summary = "The tit-for-tat between two parties (alpha-3 or HOST): incidents in order, each with the "
			+ "incident it answered and those that answered it, and what each side did in total")
	@GetMapping("/timeline")
	TitForTat.Timeline timeline(@RequestParam String between, @RequestParam String and,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		return register.timeline(between, and, from, to);
	}

	@Operation(summary = "Incidents and persons affected, counted by year, by acting party and by affected party")
	@GetMapping("/counts")
	TitForTat.Counts counts(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		return register.counts(from, to);
	}

	@Operation(summary = "The whole register as one JSON document (format credence-relations/1): incidents with "
			+ "their citations, forums with their meetings and proposals")
	@GetMapping("/export")
	RegisterDocument export() {
		return exchange.export();
	}

	@Operation(summary = "Import a register document: every record is checked first and every error reported with "
			+ "its path (e.g. incidents[3].counts.SPIES); nothing is written unless all of it is valid")
	@PostMapping("/import")
	RegisterExchange.Imported importDocument(@RequestBody RegisterDocument document) {
		return exchange.importDocument(document);
	}
}
