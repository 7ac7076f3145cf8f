package org.credence.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import org.credence.problem.ProblemException;

/**
 * The register read as a whole, for the API and the pages alike: the tit-for-tat between two
 * parties, and the incidents and persons affected counted by year, acting and affected party.
 */
@Component
class TitForTat {

	private final Incidents incidents;

	private final IncidentViews views;

	private final Parties parties;

	TitForTat(Incidents incidents, IncidentViews views, Parties parties) {
		this.incidents = incidents;
		this.views = views;
		this.parties = parties;
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

	Timeline timeline(String between, String and, LocalDate from, LocalDate to) {
		requireParty("between", between);
		requireParty("and", and);
		List<Incident> found = incidents.all(between, and, from, to);
		return new Timeline(List.of(side(found, between, and), side(found, and, between)),
				found.stream().map(views::view).toList());
	}

	Counts counts(LocalDate from, LocalDate to) {
		List<Incident> found = incidents.all(null, null, from, to);
		return new Counts(count(found, i -> String.valueOf(i.occurredOn().getYear())), count(found, Incident::acting),
				count(found, Incident::affected));
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
