package org.credence.decisions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.credence.registry.MissionStatus;
import org.credence.registry.StaffCategory;

/**
 * What a decision does to the missions it concerns if it takes effect {@code at}, computed from what
 * the registry knew at {@code knownAt}: each act's result, each mission the moment before and the
 * moment after (after the other adopted decisions due by then, and this one), and the warnings.
 */
@Schema(name = "DecisionImpact")
record Impact(UUID decisionId, OffsetDateTime at, OffsetDateTime knownAt, List<ActResult> acts,
		List<MissionEffect> missions, List<Warning> warnings) {

	/** A ceiling: its total, null when none is in force, and its per-category limits. */
	@Schema(name = "ImpactCeiling")
	record Limit(Integer total, Map<StaffCategory, Integer> categories) {

		static final Limit NONE = new Limit(null, Map.of());
	}

	/**
	 * One act's result: for a withdrawal, a declaration or a refusal, the person and the day by which
	 * they must leave; for a ceiling, the ceiling before and after; for a measure, the status before and after.
	 */
	@Schema(name = "ImpactActResult")
	record ActResult(int position, ActKind kind, UUID missionId, UUID accreditationId, UUID personId,
			String personName, LocalDate departureDeadline, Limit ceilingBefore, Limit ceilingAfter,
			MissionStatus statusBefore, MissionStatus statusAfter) {
	}

	/** Another decision adopted for the same mission, not applied, taking effect before or at the same instant. */
	@Schema(name = "ImpactOtherDecision")
	record OtherDecision(UUID id, String reference, String title, OffsetDateTime takesEffectAt) {
	}

	/** A mission the moment before the effective instant, and the moment after. */
	@Schema(name = "ImpactMissionEffect")
	record MissionEffect(UUID missionId, String missionName, int heldBefore, Map<StaffCategory, Integer> heldBeforeByCategory,
			int heldAfter, Map<StaffCategory, Integer> heldAfterByCategory, Limit ceilingBefore, Limit ceilingAfter,
			int excessAfter, Map<StaffCategory, Integer> categoryExcessAfter, MissionStatus statusBefore,
			MissionStatus statusAfter, List<PersonLeaving> leaving, List<OtherDecision> alsoTakingEffect) {
	}

	/** A person whose position ends at the effective instant, by this decision or another one due by then. */
	@Schema(name = "ImpactPersonLeaving")
	record PersonLeaving(UUID accreditationId, UUID personId, String personName, StaffCategory category,
			LocalDate departureDeadline, UUID byDecision) {
	}

	/** A conflict worth a second look, not an error: the decision may still be circulated and adopted. */
	@Schema(name = "ImpactWarning")
	record Warning(Code code, Integer act, UUID missionId, UUID personId, String message) {

		@Schema(name = "ImpactWarningCode")
		enum Code {
			/** A person withdrawn who holds no position at the mission the moment before. */
			NOT_A_MEMBER,
			/** A person withdrawn whose withdrawal or departure is already recorded or decided. */
			ALREADY_LEAVING,
			/** A ceiling that leaves the mission over its limit, the withdrawals not bringing it down. */
			OVER_CEILING,
			/** The decision takes effect before the end of the departure deadline it sets. */
			EFFECTIVE_BEFORE_DEPARTURE_DEADLINE,
			/** A person withdrawn is the principal of a household, whose members leave with them. */
			HOUSEHOLD_PRINCIPAL
		}
	}
}
