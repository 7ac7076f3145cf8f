package org.credence.screening;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.credence.problem.ProblemException;
import org.credence.registry.Vetting;
import org.credence.registry.person.Person;

/** An approval waits for a confirmed hit to be resolved elsewhere, and (if so configured) for open hits to be decided. */
@Component
class ScreeningVetting implements Vetting {

	private final Checks checks;

	private final ScreeningSettings settings;

	ScreeningVetting(Checks checks, ScreeningSettings settings) {
		this.checks = checks;
		this.settings = settings;
	}

	@Override
	public Standing standing(UUID personId) {
		List<Hit> hits = checks.hitsOf(personId).values().stream().flatMap(List::stream).toList();
		if (hits.stream().anyMatch(hit -> hit.state() == HitState.CONFIRMED)) {
			return Standing.CONFIRMED;
		}
		if (hits.stream().anyMatch(hit -> hit.state() == HitState.OPEN)) {
			return Standing.PENDING;
		}
		return checks.screened(personId) ? Standing.CLEAR : Standing.NOT_SCREENED;
	}

	@Override
	public void requireClear(Person person) {
		List<Hit> hits = checks.hitsOf(person.id()).values().stream().flatMap(List::stream).toList();
		hits.stream().filter(hit -> hit.state() == HitState.CONFIRMED).findFirst().ifPresent(hit -> {
			throw new ProblemException(ScreeningProblems.MATCH_CONFIRMED, person.nameLatin()
					+ " was confirmed to be entry " + hit.entry() + " of the list " + hit.list() + " (" + hit.entryName()
					+ ") by " + hit.decidedBy() + ".")
				.with("hit", hit.id())
				.with("personName", person.nameLatin())
				.with("entry", hit.entry())
				.with("list", hit.list())
				.with("entryName", hit.entryName())
				.with("decidedBy", hit.decidedBy());
		});
		if (settings.openHitsBlock()) {
			hits.stream()
				.filter(hit -> hit.state() == HitState.OPEN
						&& hit.score().doubleValue() >= settings.threshold())
				.max(Comparator.comparing(Hit::score))
				.ifPresent(hit -> {
					throw new ProblemException(ScreeningProblems.PENDING, person.nameLatin() + " resembles entry "
							+ hit.entry() + " of the list " + hit.list() + " (" + hit.entryName() + ", score "
							+ hit.score() + "); a security officer must clear or confirm it first.")
						.with("hit", hit.id())
						.with("personName", person.nameLatin())
						.with("entry", hit.entry())
						.with("list", hit.list())
						.with("entryName", hit.entryName());
				});
		}
	}
}
