package org.credence.relations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.credence.decisions.CitingDecisions;
import org.credence.host.Host;
import org.credence.problem.ProblemException;

/**
 * Incidents as the API shows them: parties named, answers both ways, the decisions citing them as
 * grounds, times in the receiving party's zone.
 */
@Component
class IncidentViews {

	private final Incidents incidents;

	private final Parties parties;

	private final Host host;

	private final CitingDecisions citing;

	IncidentViews(Incidents incidents, Parties parties, Host host, CitingDecisions citing) {
		this.incidents = incidents;
		this.parties = parties;
		this.host = host;
		this.citing = citing;
	}

	record Party(String code, String name) {
	}

	record IncidentView(UUID id, IncidentKind kind, String title, Party acting, Party affected, LocalDate occurredOn,
			LocalDate deadlineToLeave, String grounds, UUID answers, List<UUID> answeredBy, String classification,
			Map<String, Integer> counts, int total, List<UUID> persons, UUID decision, List<UUID> citedBy,
			OffsetDateTime recordedAt, String recordedBy) {
	}

	record IncidentDetail(IncidentView incident, List<Citation> citations, List<FactStanding> facts) {
	}

	/** Incidents in order of occurrence; with between and and, only those between the two parties. */
	List<IncidentView> list(String between, String and, LocalDate from, LocalDate to) {
		if ((between == null) != (and == null)) {
			throw ProblemException.invalid(between == null ? "between" : "and", "is needed with the other party");
		}
		return incidents.all(between, and, from, to).stream().map(this::view).toList();
	}

	/** An incident, the sources cited for it, and where each fact stands. */
	IncidentDetail detail(UUID id) {
		Incident incident = incidents.find(id).orElseThrow(() -> ProblemException.notFound("incident", id));
		List<Citation> citations = incidents.citations(id).stream().map(this::local).toList();
		return new IncidentDetail(view(incident), citations, FactStanding.of(citations));
	}

	Citation local(Citation c) {
		return new Citation(c.id(), c.incidentId(), c.fact(), c.stance(), c.publisher(), c.publishedOn(), c.title(),
				c.address(), host.local(c.recordedAt()), c.recordedBy());
	}

	IncidentView view(Incident i) {
		return new IncidentView(i.id(), i.kind(), i.title(), party(i.acting()), party(i.affected()), i.occurredOn(),
				i.deadlineToLeave(), i.grounds(), i.answers(), incidents.answersTo(i.id()), i.classification(),
				i.counts(), i.total(), i.persons(), i.decision(), citing.of(i.id()).stream().map(CitingDecisions.Citing::decision).toList(),
				host.local(i.recordedAt()), i.recordedBy());
	}

	Party party(String code) {
		return new Party(code, parties.name(code, Locale.ENGLISH));
	}
}
