package org.credence.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.registry.accreditation.ArrivalNotified;
import org.credence.registry.person.Person;
import org.credence.registry.person.PersonRegistered;
import org.credence.registry.person.PersonRenamed;
import org.credence.screening.matching.Match;
import org.credence.screening.matching.Query;
import org.credence.security.Actors;

/**
 * Screens persons of the registry when they are registered and when a mission asks for their
 * accreditation, in the same transaction, so that no request exists unscreened. A hit a security
 * officer cleared does not come back while its entry is unchanged; a confirmed one stays as it is.
 */
@Service
class PersonScreening {

	private final WatchIndex index;

	private final Checks checks;

	private final ScreeningSettings settings;

	private final Actors actors;

	private final Clock clock;

	private final Journal journal;

	private final MeterRegistry meters;

	PersonScreening(WatchIndex index, Checks checks, ScreeningSettings settings, Actors actors, Clock clock,
			Journal journal, MeterRegistry meters) {
		this.index = index;
		this.checks = checks;
		this.settings = settings;
		this.actors = actors;
		this.clock = clock;
		this.journal = journal;
		this.meters = meters;
	}

	@EventListener
	void on(PersonRegistered registered) {
		screenNow(registered.person(), Occasion.REGISTERED);
	}

	@EventListener
	void on(PersonRenamed renamed) {
		screenNow(renamed.person(), Occasion.NAMES_CHANGED);
	}

	@EventListener
	void on(ArrivalNotified notified) {
		screenNow(notified.person(), Occasion.ARRIVAL);
	}

	/** Timed, as the writer of the person or the request waits for it in the same transaction. */
	private void screenNow(Person person, Occasion occasion) {
		Timer.builder("credence.screening.person")
			.description("Screening of one person of the registry against the watch lists, recording included")
			.tag("occasion", occasion.name().toLowerCase())
			.register(meters)
			.record(() -> screen(person, occasion, index.screenPerson(RegistryNames.query(person), settings.threshold())));
	}

	/** Records the check and what it found that is new; answers the hits now open for the person. */
	@Transactional
	List<Hit> screen(Person person, Occasion occasion, List<Match> matches) {
		Query query = RegistryNames.query(person);
		Check check = new Check(UUID.randomUUID(), person.id(), occasion, CheckQueries.describe(query),
				score(settings.threshold()), OffsetDateTime.now(clock), actors.current());
		checks.add(check);
		Map<String, List<Hit>> past = checks.hitsOf(person.id());
		Map<String, Hit> found = new LinkedHashMap<>();
		for (Match match : matches) {
			if (RegistryNames.LIST.equals(match.subject().list()) && match.subject().entry().equals(person.id().toString())) {
				// The registry knows its own record of this person (and a lifted declaration was lifted on purpose):
				// its list is there to recognise them under another record.
				continue;
			}
			Hit hit = hit(check, person.id(), match, HitState.OPEN);
			List<Hit> before = past.getOrDefault(key(hit), List.of());
			if (before.stream().anyMatch(h -> h.state() == HitState.CONFIRMED
					|| h.state() == HitState.CLEARED && h.entryDigest().equals(hit.entryDigest()))) {
				continue;
			}
			before.stream().filter(h -> h.state() == HitState.OPEN).findFirst()
				.ifPresentOrElse(open -> checks.refresh(open.id(), hit), () -> checks.add(hit));
			found.put(key(hit), hit);
		}
		if (!found.isEmpty()) {
			journal.append("screening.hits-found", "person", person.id(),
					Map.of("check", check.id(), "occasion", occasion, "hits", found.values().stream()
						.map(hit -> Map.of("list", hit.list(), "entry", hit.entry(), "score", hit.score().doubleValue()))
						.toList()));
		}
		return List.copyOf(found.values());
	}

	static Hit hit(Check check, UUID personId, Match match, HitState state) {
		return new Hit(UUID.randomUUID(), check.id(), personId, match.subject().list(), match.subject().entry(),
				EntryDigest.of(match.subject()), match.subject().names().get(0).text(), match.queryName(),
				match.matchedName().text(), score(match.score()), match.reasons(), state, null, null, null);
	}

	static BigDecimal score(double score) {
		return BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_EVEN);
	}

	private static String key(Hit hit) {
		return hit.list() + " " + hit.entry();
	}
}
