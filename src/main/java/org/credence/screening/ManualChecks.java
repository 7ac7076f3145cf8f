package org.credence.screening;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.screening.matching.Query;
import org.credence.security.Actors;

/**
 * A name a security officer types to see whom it resembles, before anyone asks for its
 * accreditation. Kept like any check, with what it found noted, so that the officer's history shows
 * what they looked for.
 */
@Service
public class ManualChecks {

	/** The hits at or above the score asked for (the threshold unless lowered), best first. */
	record Answer(UUID check, double threshold, List<Hit> hits) {
	}

	private final WatchIndex index;

	private final Checks checks;

	private final ScreeningSettings settings;

	private final Actors actors;

	private final Clock clock;

	private final Journal journal;

	ManualChecks(WatchIndex index, Checks checks, ScreeningSettings settings, Actors actors, Clock clock,
			Journal journal) {
		this.index = index;
		this.checks = checks;
		this.settings = settings;
		this.actors = actors;
		this.clock = clock;
		this.journal = journal;
	}

	/** A name looked up as the caller, at the threshold: the check's id (the demo's security officer's first check). */
	@Transactional
	public UUID check(String name) {
		return check(Query.name(name), null).check();
	}

	@Transactional
	Answer check(Query query, Double minScore) {
		double least = minScore == null ? settings.threshold() : minScore;
		Check check = new Check(UUID.randomUUID(), null, Occasion.MANUAL, CheckQueries.describe(query),
				PersonScreening.score(settings.threshold()), OffsetDateTime.now(clock), actors.current());
		checks.add(check);
		List<Hit> hits = index.screen(query, least).stream()
			.map(match -> PersonScreening.hit(check, null, match, HitState.NOTED))
			.toList();
		hits.forEach(checks::add);
		journal.append("screening.name-checked", "screening-check", check.id(),
				Map.of("query", check.query(), "hits", hits.size()));
		return new Answer(check.id(), settings.threshold(), hits);
	}
}
