package org.credence.relations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.host.Host;
import org.credence.problem.InvalidField;
import org.credence.problem.PlausibleDates;
import org.credence.problem.ProblemException;
import org.credence.registry.Registry;
import org.credence.registry.StaffCategory;
import org.credence.security.Actors;

/** Recording incidents and the sources cited for them; every bad field is reported, nothing half-written. */
@Service
class IncidentRecording {

	/** The staff categories of the registry, and UNSPECIFIED for counts the sources do not break down. */
	static final Set<String> CATEGORIES = Stream
		.concat(Stream.of(StaffCategory.values()).map(Enum::name), Stream.of("UNSPECIFIED"))
		.collect(Collectors.toUnmodifiableSet());

	private final Incidents incidents;

	private final Parties parties;

	private final Registry registry;

	private final Host host;

	private final Actors actors;

	private final Clock clock;

	private final Journal journal;

	IncidentRecording(Incidents incidents, Parties parties, Registry registry, Host host, Actors actors, Clock clock,
			Journal journal) {
		this.incidents = incidents;
		this.parties = parties;
		this.registry = registry;
		this.host = host;
		this.actors = actors;
		this.clock = clock;
		this.journal = journal;
	}

	/** When and by whom a record was first recorded, as an import keeps it. */
	record Recorded(UUID id, OffsetDateTime at, String by) {
	}

	/** {@code id} null: a new one; given: an import keeping the ids its incidents answer each other by. */
	record NewIncident(UUID id, IncidentKind kind, String title, String acting, String affected, LocalDate occurredOn,
			LocalDate deadlineToLeave, String grounds, UUID answers, String classification, Map<String, Integer> counts,
			List<UUID> persons) {
	}

	@Transactional
	Incident record(NewIncident in) {
		List<InvalidField> invalid = check(in, "", Map.of());
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		return add(in);
	}

	/** Writes an incident already checked; its {@code answers} may be one written later in the same transaction. */
	Incident add(NewIncident in) {
		return add(in, null);
	}

	/** Writes an incident already checked, recorded from that decision of the receiving party. */
	Incident add(NewIncident in, UUID decision) {
		return add(in, decision, null);
	}

	/** As {@link #add(NewIncident, UUID)}; {@code recorded} given: an import keeping when and by whom it was recorded. */
	Incident add(NewIncident in, UUID decision, Recorded recorded) {
		Incident incident = new Incident(in.id() == null ? UUID.randomUUID() : in.id(), in.kind(), in.title().trim(),
				in.acting(), in.affected(), in.occurredOn(), in.deadlineToLeave(), blankToNull(in.grounds()),
				in.answers(), in.classification().trim(), recorded == null ? OffsetDateTime.now(clock) : recorded.at(),
				recorded == null ? actors.current() : recorded.by(), in.counts(), in.persons().stream().distinct().toList(),
				decision);
		incidents.add(incident);
		journal.append("incident.recorded", "incident", incident.id(), incident);
		return incident;
	}

	/**
	 * What is wrong with the incident, each field named after {@code path}; {@code alsoKnown} are
	 * incidents not yet written (an import's) that it may answer, with the day they occurred.
	 */
	List<InvalidField> check(NewIncident in, String path, Map<UUID, LocalDate> alsoKnown) {
		List<InvalidField> invalid = new ArrayList<>();
		requireParty(path + "acting", in.acting(), invalid);
		requireParty(path + "affected", in.affected(), invalid);
		if (in.acting().equals(in.affected())) {
			invalid.add(new InvalidField(path + "affected", "must not be the acting party"));
		}
		LocalDate today = host.localDate(OffsetDateTime.now(clock));
		if (in.occurredOn().isAfter(today)) {
			invalid.add(new InvalidField(path + "occurredOn", "must not be in the future (today is " + today + ")")
					.saying("not-in-future", Map.of("today", today)));
		}
		invalid.addAll(PlausibleDates.invalid(path + "occurredOn", in.occurredOn(), clock));
		invalid.addAll(PlausibleDates.invalid(path + "deadlineToLeave", in.deadlineToLeave(), clock));
		if (in.deadlineToLeave() != null && in.deadlineToLeave().isBefore(in.occurredOn())) {
			invalid.add(new InvalidField(path + "deadlineToLeave", "must not be before occurredOn"));
		}
		in.counts().forEach((category, number) -> {
			if (!CATEGORIES.contains(category)) {
				invalid.add(new InvalidField(path + "counts." + category, "is not a staff category; use one of "
						+ CATEGORIES.stream().sorted().collect(Collectors.joining(", "))));
			}
			else if (number == null || number < 1) {
				invalid.add(new InvalidField(path + "counts." + category, "must be a number of persons, at least 1"));
			}
		});
		for (int i = 0; i < in.persons().size(); i++) {
			if (in.persons().get(i) == null || registry.findPerson(in.persons().get(i)).isEmpty()) {
				invalid.add(new InvalidField(path + "persons[" + i + "]", "is not a person of the registry"));
			}
		}
		if (in.answers() != null) {
			LocalDate answered = alsoKnown.containsKey(in.answers()) ? alsoKnown.get(in.answers())
					: incidents.find(in.answers()).map(Incident::occurredOn).orElse(null);
			if (answered == null) {
				invalid.add(new InvalidField(path + "answers", "is not an incident of the register"));
			}
			else if (answered.isAfter(in.occurredOn())) {
				invalid.add(new InvalidField(path + "answers",
						"occurred on " + answered + ", after this incident; an answer cannot come first"));
			}
		}
		if (in.id() != null && incidents.find(in.id()).isPresent()) {
			invalid.add(new InvalidField(path + "id", "is already an incident of the register"));
		}
		return invalid;
	}

	@Transactional
	Citation cite(UUID incidentId, String fact, Citation.Stance stance, String publisher, LocalDate publishedOn,
			String title, String address) {
		Incident incident = incidents.find(incidentId).orElseThrow(() -> ProblemException.notFound("incident", incidentId));
		List<InvalidField> invalid = checkSource(publishedOn, "source.");
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		return addCitation(incident.id(), fact, stance, publisher, publishedOn, title, address);
	}

	/** Writes a citation already checked, of an incident written in this transaction or before. */
	Citation addCitation(UUID incidentId, String fact, Citation.Stance stance, String publisher, LocalDate publishedOn,
			String title, String address) {
		return addCitation(incidentId, fact, stance, publisher, publishedOn, title, address, null);
	}

	/** As {@link #addCitation(UUID, String, Citation.Stance, String, LocalDate, String, String)}, as first recorded if given. */
	Citation addCitation(UUID incidentId, String fact, Citation.Stance stance, String publisher, LocalDate publishedOn,
			String title, String address, Recorded recorded) {
		Citation citation = new Citation(recorded == null ? UUID.randomUUID() : recorded.id(), incidentId,
				blankToNull(fact), stance, publisher.trim(), publishedOn, title.trim(), blankToNull(address),
				recorded == null ? OffsetDateTime.now(clock) : recorded.at(),
				recorded == null ? actors.current() : recorded.by());
		incidents.cite(citation);
		journal.append("incident.source-cited", "incident", incidentId, citation);
		return citation;
	}

	List<InvalidField> checkSource(LocalDate publishedOn, String path) {
		LocalDate today = host.localDate(OffsetDateTime.now(clock));
		return publishedOn.isAfter(today)
				? List.of(new InvalidField(path + "publishedOn", "must not be in the future (today is " + today + ")")
					.saying("not-in-future", Map.of("today", today)))
				: PlausibleDates.invalid(path + "publishedOn", publishedOn, clock);
	}

	private void requireParty(String field, String party, List<InvalidField> invalid) {
		if (!parties.exists(party)) {
			invalid.add(new InvalidField(field, "must be an ISO 3166-1 alpha-3 state such as CZE, or HOST for "
					+ host.nameEn()));
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
