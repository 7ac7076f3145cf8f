package org.credence.decisions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * The steps of a decision for callers outside this module (the demo data loaded at start), taken by
 * the same services as the API's, as whoever the thread's caller is.
 */
@Service
public class Proceedings {

	/** Acts of one decision: withdrawals with their departure deadline, refusals of requests, a mission's new ceiling. */
	public record Measures(List<UUID> withdrawals, LocalDate departureDeadline, List<UUID> refusals, UUID mission,
			Integer ceiling) {

		List<Act> acts() {
			List<Act> acts = new ArrayList<>();
			withdrawals.forEach(id -> acts.add(new Act(ActKind.WITHDRAW, id, null, null, departureDeadline)));
			refusals.forEach(id -> acts.add(new Act(ActKind.REFUSE, id, null, null, null)));
			if (ceiling != null) {
				acts.add(new Act(ActKind.SET_CEILING, null, mission, ceiling, null));
			}
			return acts;
		}
	}

	private final DecisionDrafting drafting;

	private final SilenceProcedure procedure;

	private final DecisionEnactment enactment;

	Proceedings(DecisionDrafting drafting, SilenceProcedure procedure, DecisionEnactment enactment) {
		this.drafting = drafting;
		this.procedure = procedure;
		this.enactment = enactment;
	}

	/** A draft taking effect at that instant, or on adoption if none is given. */
	public UUID draft(String grounds, String classification, OffsetDateTime effectiveAt, Measures measures) {
		return drafting.draft(grounds, classification, effectiveAt, measures.acts(), null, List.of()).id();
	}

	/** The executive's signature. */
	public void sign(UUID decision) {
		drafting.sign(decision);
	}

	public void circulate(UUID decision, OffsetDateTime deadline) {
		procedure.circulate(decision, deadline);
	}

	/** The concurrence of the state the calling delegate answers for. */
	public void concur(UUID decision) {
		procedure.answer(decision, MemberAnswer.Answer.CONCUR, null);
	}

	/** What the scheduler does on each round, now: settles the deadlines passed, applies the decisions due. */
	public int applyDue() {
		return enactment.applyDue();
	}
}
