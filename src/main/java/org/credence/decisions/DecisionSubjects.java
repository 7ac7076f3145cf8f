package org.credence.decisions;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.credence.registry.Registry;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.AccreditationStatus;
import org.credence.registry.history.AppliedDecision;

/**
 * The missions and persons an applied decision concerns, in whose histories the registry shows it:
 * those its acts name, the mission and person of each accreditation they name, and the missions
 * whose member a declaration of non-acceptability withdrew.
 */
@Component
class DecisionSubjects {

	private final Registry registry;

	DecisionSubjects(Registry registry) {
		this.registry = registry;
	}

	/** Read once the acts are applied, so that the withdrawals a declaration made are seen. */
	AppliedDecision of(Decision decision, OffsetDateTime at, List<Act> acts) {
		Set<UUID> missions = new LinkedHashSet<>();
		Set<UUID> persons = new LinkedHashSet<>();
		for (Act act : acts) {
			if (act.missionId() != null) {
				missions.add(act.missionId());
			}
			if (act.accreditationId() != null) {
				registry.findAccreditation(act.accreditationId()).ifPresent(a -> {
					missions.add(a.missionId());
					persons.add(a.personId());
				});
			}
			if (act.kind() == ActKind.DECLARE_NOT_ACCEPTABLE) {
				registry.accreditationsOf(act.personId())
					.stream()
					.filter(a -> a.status() == AccreditationStatus.WITHDRAWN && at.isEqual(a.end()))
					.map(Accreditation::missionId)
					.forEach(missions::add);
			}
			if (act.personId() != null) {
				persons.add(act.personId());
			}
		}
		return new AppliedDecision(decision.id(), at, decision.authority().name(), decision.grounds(), missions,
				persons);
	}
}
