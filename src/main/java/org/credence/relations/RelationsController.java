package org.credence.relations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.credence.host.Host;
import org.credence.host.HostTime;

@Tag(name = "Relations")
@RestController
@RequestMapping("/api/relations")
class RelationsController {

	private final TitForTat register;

	private final RegisterExchange exchange;

	private final Precedents precedents;

	private final Host host;

	private final Clock clock;

	RelationsController(TitForTat register, RegisterExchange exchange, Precedents precedents, Host host, Clock clock) {
		this.register = register;
		this.exchange = exchange;
		this.precedents = precedents;
		this.host = host;
		this.clock = clock;
	}

	@Operation(summary = "How like measures went before: the measures of the acting party (alpha-3 or HOST) against the "
			+ "affected one that occurred before a day (default: the day of knownAt, or today), each with the incidents "
			+ "recorded as answering it and the days between, counted by kind; and the affected party's measures against "
			+ "others over the same period, with what each answered. Facts with their sources and standing only. "
			+ "knownAt: only what the register held at that record time")
	@GetMapping("/precedents")
	Precedents.Found precedents(@RequestParam String acting, @RequestParam String affected,
			@RequestParam(required = false) LocalDate before,
			@Parameter(description = HostTime.ACCEPTED + " A date alone is 00:00 of that day.", schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false) String knownAt) {
		return precedents.of(acting, affected, before, HostTime.query("knownAt", knownAt, host, clock), OffsetDateTime.now(clock));
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
