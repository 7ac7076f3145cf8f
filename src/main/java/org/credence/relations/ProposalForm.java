package org.credence.relations;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.credence.problem.MultiLine;

/** The form that records a proposal for a meeting, made by one participant and awaiting another's answer. */
class ProposalForm extends ClassifiedForm {

	@NotBlank(message = "{credence.given}")
	private String proposedBy;

	@NotNull(message = "{credence.given}")
	private LocalDate proposedOn;

	@NotBlank(message = "{credence.given}")
	private String awaiting;

	@NotBlank(payload = MultiLine.class, message = "{credence.given}")
	@Size(max = 2000, message = "{credence.maxLength}")
	private String topics;

	public String getProposedBy() {
		return proposedBy;
	}

	public void setProposedBy(String proposedBy) {
		this.proposedBy = proposedBy;
	}

	public LocalDate getProposedOn() {
		return proposedOn;
	}

	public void setProposedOn(LocalDate proposedOn) {
		this.proposedOn = proposedOn;
	}

	public String getAwaiting() {
		return awaiting;
	}

	public void setAwaiting(String awaiting) {
		this.awaiting = awaiting;
	}

	public String getTopics() {
		return topics;
	}

	public void setTopics(String topics) {
		this.topics = topics;
	}
}
