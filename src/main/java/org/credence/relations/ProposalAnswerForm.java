package org.credence.relations;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The form that records the awaited party's answer to a proposal for a meeting, or that it lapsed unanswered. */
class ProposalAnswerForm {

	@NotNull(message = "{credence.given}")
	private MeetingProposal.Status status;

	@NotNull(message = "{credence.given}")
	private LocalDate on;

	public MeetingProposal.Status getStatus() {
		return status;
	}

	public void setStatus(MeetingProposal.Status status) {
		this.status = status;
	}

	public LocalDate getOn() {
		return on;
	}

	public void setOn(LocalDate on) {
		this.on = on;
	}
}
