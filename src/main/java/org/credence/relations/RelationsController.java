package org.credence.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.credence.problem.ProblemException;

@Tag(name = "Relations")
@RestController
@RequestMapping("/api/relations")
class RelationsController {

	private final Incidents incidents;

	private final IncidentViews views;

	private final Parties parties;

	private final RegisterExchange exchange;

	RelationsController(Incidents incidents, IncidentViews views, Parties parties, RegisterExchange exchange) {
		this.incidents = incidents;
		this.views = views;
		this.parties = parties;
		this.exchange = exchange;
	}

	/** What one side did to the other over the period. */
	record Side(IncidentViews.Party acting, IncidentViews.Party affected, int incidents, int persons) {
	}

	record Timeline(List<Side> sides, List<IncidentViews.IncidentView> incidents) {
	}

	record Count(String key, int incidents, int persons) {
	}

	record Counts(List<Count> byYear, List<Count> byActing, List<Count> byAffected) {
	}

	@Operation(summary = "The tit-for-tat between two parties (alpha-3 or HOST): incidents in order, each with the "
			+ "incident it answered and those that answered it, and what each side did in total")
	@GetMapping("/timeline")
	Timeline timeline(@RequestParam String between, @RequestParam String and,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		requireParty("between", between);
		requireParty("and", and);
		List<Incident> found = incidents.all(between, and, from, to);
		return new Timeline(List.of(side(found, between, and), side(found, and, between)),
				found.stream().map(views::view).toList());
	}

	@Operation(summary = "Incidents and persons affected, counted by year, by acting party and by affected party")
	@GetMapping("/counts")
	Counts counts(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		List<Incident> found = incidents.all(null, null, from, to);
		return new Counts(count(found, i -> String.valueOf(i.occurredOn().getYear())), count(found, Incident::acting),
				count(found, Incident::affected));
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

	private Side side(List<Incident> found, String acting, String affected) {
		List<Incident> done = found.stream().filter(i -> i.acting().equals(acting)).toList();
		return new Side(views.party(acting), views.party(affected), done.size(),
				done.stream().mapToInt(Incident::total).sum());
	}

	private static List<Count> count(List<Incident> found, Function<Incident, String> key) {
		Map<String, int[]> counts = new TreeMap<>();
		found.forEach(i -> {
			int[] c = counts.computeIfAbsent(key.apply(i), k -> new int[2]);
			c[0]++;
			c[1] += i.total();
		});
		return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
	}

	private void requireParty(String field, String party) {
		if (!parties.exists(party)) {
			throw ProblemException.invalid(field, "must be an ISO 3166-1 alpha-3 state such as CZE, or HOST");
		}
	}
}
