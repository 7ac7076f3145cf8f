package org.credence.screening;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;
import org.credence.security.Actors;

/**
 * The security officer's work: open hits, highest score first, each decided once, with a reason,
 * as not the same person (cleared) or the same (confirmed).
 */
@Service
public class HitReview {

	private final Checks checks;

	private final Actors actors;

	private final Clock clock;

	private final Journal journal;

	HitReview(Checks checks, Actors actors, Clock clock, Journal journal) {
		this.checks = checks;
		this.actors = actors;
		this.clock = clock;
		this.journal = journal;
	}

	List<Hit> queue(int limit) {
		return checks.open(limit);
	}

	/** How many hits await a decision: the security officer's work, counted for the start page and the navigation. */
	public int open() {
		return checks.openCount();
	}

	Hit hit(UUID id) {
		return checks.hit(id).orElseThrow(() -> ProblemException.notFound("screening hit", id));
	}

	@Transactional
	Hit clear(UUID id, String reason) {
		return decide(id, HitState.CLEARED, reason);
	}

	@Transactional
	Hit confirm(UUID id, String reason) {
		return decide(id, HitState.CONFIRMED, reason);
	}

	private Hit decide(UUID id, HitState decision, String reason) {
		if (reason == null || reason.isBlank()) {
			throw ProblemException.invalid(List.of(new InvalidField("reason", "must be given")));
		}
		Hit hit = hit(id);
		Hit decided = hit.decided(decision, OffsetDateTime.now(clock), actors.current(), reason.trim());
		if (hit.state() != HitState.OPEN || !checks.decide(decided)) {
			throw new ProblemException(ScreeningProblems.ALREADY_DECIDED, "The hit on entry " + hit.entry() + " of "
					+ hit.list() + " is " + hit.state().name().toLowerCase() + ", not open.")
				.with("hit", id)
				.with("entry", hit.entry())
				.with("list", hit.list())
				.with("hitState", hit.state());
		}
		journal.append(decision == HitState.CLEARED ? "screening.hit-cleared" : "screening.hit-confirmed", "person",
				hit.personId(), Map.of("hit", id, "list", hit.list(), "entry", hit.entry(), "reason", decided.decisionReason()));
		return decided;
	}
}
