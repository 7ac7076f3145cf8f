package org.credence.decisions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.credence.host.Host;
import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;
import org.credence.registry.Registry;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.AccreditationStatus;
import org.credence.registry.person.NotAcceptable;

/**
 * What the acts of a draft must name for it to be applicable, checked field by field when it is
 * drafted; the registry checks its own rules again when the decision is applied.
 */
@Component
class ActRequirements {

	private final Registry registry;

	private final Host host;

	ActRequirements(Registry registry, Host host) {
		this.registry = registry;
		this.host = host;
	}

	/** Each act names a record it can apply to now; it is checked again when the decision is applied. */
	void requireApplicable(List<Act> acts) {
		List<InvalidField> invalid = new ArrayList<>();
		Set<UUID> personsNamed = new HashSet<>();
		for (int i = 0; i < acts.size(); i++) {
			Act act = acts.get(i);
			String at = "acts[" + i + "].";
			if (act.kind() != ActKind.SET_CEILING && !act.categories().isEmpty()) {
				invalid.add(new InvalidField(at + "categories", "only a ceiling has per-category limits"));
			}
			if (act.kind().concernsPerson()) {
				requirePerson(act, at, personsNamed, invalid);
				continue;
			}
			if (act.kind().concernsMission()) {
				if (act.missionId() == null || registry.findMission(act.missionId()).isEmpty()) {
					invalid.add(new InvalidField(at + "missionId", "must name a mission"));
				}
				if (act.kind() == ActKind.SET_CEILING) {
					requireCeiling(act, at, invalid);
				}
				continue;
			}
			AccreditationStatus needed = act.kind() == ActKind.WITHDRAW ? AccreditationStatus.ACTIVE
					: AccreditationStatus.REQUESTED;
			Optional<Accreditation> accreditation = Optional.ofNullable(act.accreditationId()).flatMap(registry::findAccreditation);
			if (accreditation.map(a -> a.status() != needed).orElse(true)) {
				invalid.add(new InvalidField(at + "accreditationId", "must name an accreditation that is "
						+ (needed == AccreditationStatus.ACTIVE ? "active" : "a pending request")));
			}
			if (act.kind() == ActKind.WITHDRAW && act.departureDeadline() == null) {
				invalid.add(new InvalidField(at + "departureDeadline", "is required for a withdrawal"));
			}
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
	}

	private void requireCeiling(Act act, String at, List<InvalidField> invalid) {
		if (act.total() == null || act.total() < 0) {
			invalid.add(new InvalidField(at + "total", "must be 0 or more"));
		}
		act.categories().forEach((category, max) -> {
			if (max < 0) {
				invalid.add(new InvalidField(at + "categories." + category, "must be 0 or more"));
			}
			else if (act.total() != null && max > act.total()) {
				invalid.add(new InvalidField(at + "categories." + category,
						"must not exceed the total of " + act.total() + " positions"));
			}
		});
	}

	/**
	 * A declaration names a person not declared already, and needs a departure deadline if they hold
	 * a position; a lifting names a person who is declared; one decision names a person once.
	 */
	private void requirePerson(Act act, String at, Set<UUID> named, List<InvalidField> invalid) {
		if (act.personId() == null || registry.findPerson(act.personId()).isEmpty()) {
			invalid.add(new InvalidField(at + "personId", "must name a person"));
			return;
		}
		if (!named.add(act.personId())) {
			invalid.add(new InvalidField(at + "personId", "is named by another act of this decision"));
			return;
		}
		Optional<NotAcceptable> standing = registry.standingDeclaration(act.personId());
		if (act.kind() == ActKind.LIFT_NOT_ACCEPTABLE) {
			if (standing.isEmpty()) {
				invalid.add(new InvalidField(at + "personId", "is not declared not acceptable"));
			}
			return;
		}
		standing.ifPresent(declared -> invalid.add(new InvalidField(at + "personId",
				"is already declared not acceptable, since " + host.describe(declared.declaredFrom()))));
		boolean holdsPosition = registry.accreditationsOf(act.personId())
			.stream()
			.anyMatch(a -> a.status() == AccreditationStatus.ACTIVE);
		if (holdsPosition && act.departureDeadline() == null) {
			invalid.add(new InvalidField(at + "departureDeadline",
					"is required: the person holds a position, which the declaration withdraws"));
		}
	}
}
