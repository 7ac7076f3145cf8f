package org.credence.decisions;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which authority decides each kind of act ({@code credence.decisions.authority.<KIND>}): configuration,
 * not code, because receiving parties differ. Kinds not configured follow NATO's practice: the
 * executive decides on individual accreditations, the council on ceilings, measures against a whole
 * mission and declarations that a person is not acceptable (and their lifting).
 * <p>
 * Which of a mission's measures may also be recorded directly, as decided outside the registry
 * ({@code credence.decisions.recorded-directly}): by default all of them (ceilings, suspension,
 * resumption, closure), since a receiving party moving in brings measures its council took before;
 * a party that takes every measure by a decision here lists none.
 */
@ConfigurationProperties("credence.decisions")
record DecisionSettings(Map<ActKind, Authority> authority, Set<ActKind> recordedDirectly) {

	private static final Set<ActKind> MISSION_MEASURES = EnumSet.of(ActKind.SET_CEILING, ActKind.SUSPEND_MISSION,
			ActKind.RESUME_MISSION, ActKind.CLOSE_MISSION);

	private static final Map<ActKind, Authority> NATO_PRACTICE = Map.of(ActKind.APPROVE, Authority.EXECUTIVE,
			ActKind.REFUSE, Authority.EXECUTIVE, ActKind.WITHDRAW, Authority.EXECUTIVE, ActKind.SET_CEILING,
			Authority.COUNCIL, ActKind.SUSPEND_MISSION, Authority.COUNCIL, ActKind.RESUME_MISSION, Authority.COUNCIL,
			ActKind.CLOSE_MISSION, Authority.COUNCIL, ActKind.DECLARE_NOT_ACCEPTABLE, Authority.COUNCIL,
			ActKind.LIFT_NOT_ACCEPTABLE, Authority.COUNCIL);

	DecisionSettings {
		Map<ActKind, Authority> merged = new EnumMap<>(NATO_PRACTICE);
		if (authority != null) {
			merged.putAll(authority);
		}
		authority = Map.copyOf(merged);
		recordedDirectly = recordedDirectly == null ? MISSION_MEASURES : Set.copyOf(recordedDirectly);
	}

	/** The council if any act needs it: a decision is taken by one authority, the higher one. */
	Authority authorityFor(Iterable<Act> acts) {
		for (Act act : acts) {
			if (authority.get(act.kind()) == Authority.COUNCIL) {
				return Authority.COUNCIL;
			}
		}
		return Authority.EXECUTIVE;
	}
}
