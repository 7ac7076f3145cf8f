package org.credence.relations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.credence.decisions.IncidentCatalogue;

/** The register, as decisions see it when they cite incidents as grounds. */
@Component
class RegisterCatalogue implements IncidentCatalogue {

	private final Incidents incidents;

	RegisterCatalogue(Incidents incidents) {
		this.incidents = incidents;
	}

	@Override
	public Optional<Citable> find(UUID incident) {
		return incidents.find(incident).map(found -> new Citable(found.id(), found.occurredOn(), found.title()));
	}

	@Override
	public List<Citable> recent(int limit) {
		return incidents.recent(limit);
	}
}
