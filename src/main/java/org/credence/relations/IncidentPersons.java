package org.credence.relations;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.problem.ProblemException;
import org.credence.problem.ProblemKind;
import org.credence.registry.Registry;

/**
 * Persons of the registry linked to an incident after it was recorded: the sources often name them
 * days later, or the person is registered only once they ask to be accredited elsewhere.
 */
@Service
class IncidentPersons {

	static final ProblemKind ALREADY_LINKED = new ProblemKind("person-already-linked",
			"The person is already linked to the incident", HttpStatus.CONFLICT);

	private final Incidents incidents;

	private final Registry registry;

	private final Journal journal;

	IncidentPersons(Incidents incidents, Registry registry, Journal journal) {
		this.incidents = incidents;
		this.registry = registry;
		this.journal = journal;
	}

	@Transactional
	Incident link(UUID incidentId, UUID personId) {
		Incident incident = incidents.find(incidentId).orElseThrow(() -> ProblemException.notFound("incident", incidentId));
		if (personId == null || registry.findPerson(personId).isEmpty()) {
			throw ProblemException.invalid("personId", "is not a person of the registry");
		}
		if (!incidents.link(incident.id(), personId)) {
			throw new ProblemException(ALREADY_LINKED, "The person " + personId + " is already linked to the incident.")
				.with("personId", personId.toString());
		}
		journal.append("incident.person-linked", "incident", incident.id(), Map.of("person", personId));
		return incidents.find(incident.id()).orElseThrow();
	}
}
