package org.credence.decisions;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.credence.security.Actors;

/**
 * The instants of decisions a reader puts in a calendar: when the member states must have answered
 * a circulated decision, and when a decision takes effect (or is to, if adopted). Read as the decisions
 * pages read them: nothing for a mission administrator, and a delegate's state's own decisions only.
 */
@Component
public class DecisionCalendar {

	public enum Moment {
		ANSWER_DEADLINE, TAKES_EFFECT
	}

	/** One instant of a decision, with the reference that names it in the reader's language. */
	public record Dated(UUID decisionId, String reference, Moment moment, OffsetDateTime at) {
	}

	private final Decisions decisions;

	private final DecisionTitles titles;

	private final Actors actors;

	DecisionCalendar(Decisions decisions, DecisionTitles titles, Actors actors) {
		this.decisions = decisions;
		this.titles = titles;
		this.actors = actors;
	}

	/** Those instants from {@code from} on, the earliest first. */
	@Transactional(readOnly = true)
	public List<Dated> from(OffsetDateTime from, Locale locale) {
		if (actors.missionScope().isPresent()) {
			return List.of();
		}
		List<Decision> found = decisions.datedFrom(from, actors.memberState().orElse(null));
		Map<UUID, DecisionTitles.Named> names = titles.of(found.stream().map(Decision::id).toList(), locale);
		List<Dated> dated = new ArrayList<>();
		for (Decision decision : found) {
			String reference = names.get(decision.id()).reference();
			if (decision.deadline() != null && decision.status() != DecisionStatus.DRAFT && !decision.deadline().isBefore(from)) {
				dated.add(new Dated(decision.id(), reference, Moment.ANSWER_DEADLINE, decision.deadline()));
			}
			OffsetDateTime effect = decision.status() == DecisionStatus.ADOPTED ? decision.takesEffectAt() : decision.effectiveAt();
			if (effect != null && !effect.isBefore(from)) {
				dated.add(new Dated(decision.id(), reference, Moment.TAKES_EFFECT, effect));
			}
		}
		dated.sort(Comparator.comparing(Dated::at).thenComparing(Dated::decisionId));
		return dated;
	}
}
