package org.credence.registry.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.credence.problem.MultiLine;

/** The form that refuses a pending request; the reason is recorded in the history. */
class RefusalForm {

	@NotBlank(payload = MultiLine.class)
	@Size(max = 2000)
	private String reason;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
