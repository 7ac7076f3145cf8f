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
