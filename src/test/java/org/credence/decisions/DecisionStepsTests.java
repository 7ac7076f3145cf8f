package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.credence.decisions.DecisionStatus.Action;
import org.credence.host.Host;
import org.credence.problem.ProblemException;

/** Which step each action is taken from, and the deadline that ends the silence procedure: no server needed. */
class DecisionStepsTests {

	private static final Host HOST = new Host("NATO", "OTAN", Host.Kind.ORGANIZATION, ZoneId.of("Europe/Brussels"),
			List.of(new Host.Member("BEL", LocalDate.parse("1949-08-24"), null)));

	private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2021-10-20T10:00:00Z");

	private static final OffsetDateTime BEFORE = DEADLINE.minusSeconds(1);

	@Test
	void eachActionIsTakenFromItsStepsOnly() {
		Map<Action, Set<DecisionStatus>> allowed = Map.of(Action.SIGN, EnumSet.of(DecisionStatus.DRAFT),
				Action.CIRCULATE, EnumSet.of(DecisionStatus.DRAFT), Action.EXTEND, EnumSet.of(DecisionStatus.CIRCULATED),
				Action.ANSWER, EnumSet.of(DecisionStatus.CIRCULATED),
				Action.WITHDRAW, EnumSet.of(DecisionStatus.DRAFT, DecisionStatus.CIRCULATED),
				Action.REVISE, EnumSet.of(DecisionStatus.NOT_ADOPTED, DecisionStatus.WITHDRAWN));
		assertThat(allowed).containsOnlyKeys(Action.values());
		for (Action action : Action.values()) {
			for (DecisionStatus status : DecisionStatus.values()) {
				Decision decision = at(status, status == DecisionStatus.DRAFT ? null : DEADLINE);
				if (allowed.get(action).contains(status)) {
					assertThatNoException().as(action + " from " + status)
						.isThrownBy(() -> decision.require(action, BEFORE, HOST));
				}
				else {
					assertThat(refusal(decision, action, BEFORE).kind()).as(action + " from " + status)
						.isEqualTo(DecisionProblems.WRONG_STEP);
				}
			}
		}
	}

	@Test
	void aWrongStepIsNamedWithTheStepsThatWouldAllowIt() {
		ProblemException signed = refusal(at(DecisionStatus.CIRCULATED, DEADLINE), Action.SIGN, BEFORE);
		assertThat(signed.getMessage()).isEqualTo("Only a decision that is draft can be signed; this one is circulated.");
		assertThat(signed.properties()).containsEntry("decisionStatus", DecisionStatus.CIRCULATED);

		assertThat(refusal(at(DecisionStatus.ADOPTED, null), Action.WITHDRAW, BEFORE).getMessage())
			.isEqualTo("Only a decision that is draft or circulated can be withdrawn; this one is adopted.");
		assertThat(refusal(at(DecisionStatus.DRAFT, null), Action.REVISE, BEFORE).getMessage())
			.isEqualTo("Only a decision that is not adopted or withdrawn can be revised; this one is draft.");
	}

	@Test
	void fromItsDeadlineNoOneAnswersExtendsOrWithdrawsWhateverStepTheDecisionShows() {
		for (DecisionStatus shown : List.of(DecisionStatus.CIRCULATED, DecisionStatus.ADOPTED)) {
			Decision decision = at(shown, DEADLINE);
			for (Action action : List.of(Action.ANSWER, Action.EXTEND, Action.WITHDRAW)) {
				ProblemException late = refusal(decision, action, DEADLINE);
				assertThat(late.kind()).as(action + " on " + shown).isEqualTo(DecisionProblems.DEADLINE_PASSED);
				assertThat(late.getMessage()).isEqualTo("The deadline, 2021-10-20 12:00 Europe/Brussels, has passed.");
				assertThat(late.properties()).containsEntry("deadline", OffsetDateTime.parse("2021-10-20T12:00+02:00"));
			}
		}
		// Signing and circulating are taken from a draft, which has no deadline to pass.
		assertThat(refusal(at(DecisionStatus.ADOPTED, DEADLINE), Action.SIGN, DEADLINE).kind())
			.isEqualTo(DecisionProblems.WRONG_STEP);
	}

	@Test
	void silenceKeptUntilTheDeadlineAdoptsACirculatedDecisionAtTheDeadline() {
		Decision circulated = at(DecisionStatus.CIRCULATED, DEADLINE);
		assertThat(circulated.adoptedBySilenceAt(BEFORE)).isFalse();
		assertThat(circulated.adoptedBySilenceAt(DEADLINE)).isTrue();
		assertThat(at(DecisionStatus.NOT_ADOPTED, DEADLINE).adoptedBySilenceAt(DEADLINE.plusDays(1))).isFalse();
		assertThat(at(DecisionStatus.WITHDRAWN, DEADLINE).adoptedBySilenceAt(DEADLINE.plusDays(1))).isFalse();

		Decision adopted = circulated.adopted(circulated.deadline());
		assertThat(adopted.status()).isEqualTo(DecisionStatus.ADOPTED);
		assertThat(adopted.decidedAt()).isEqualTo(DEADLINE);
		assertThat(adopted.signedBy()).isNull();
	}

	private static Decision at(DecisionStatus status, OffsetDateTime deadline) {
		Decision draft = Decision.draft(UUID.randomUUID(), Authority.COUNCIL, "Reciprocity", "NATO RESTRICTED", null,
				"officer", DEADLINE.minusDays(14), null, 1, new DecisionNumber(Authority.COUNCIL, 2021, 1));
		return new Decision(draft.id(), draft.authority(), status, draft.grounds(), draft.classification(), null,
				draft.proposedBy(), draft.draftedAt(), deadline == null ? null : LocalDate.parse("2021-10-06"), deadline,
				null, null, null, null, null, 1, 2021, 1);
	}

	private static ProblemException refusal(Decision decision, Action action, OffsetDateTime now) {
		ProblemException refused = catchThrowableOfType(ProblemException.class, () -> decision.require(action, now, HOST));
		assertThat(refused).as(action + " on a decision " + decision.status().words()).isNotNull();
		return refused;
	}
}
