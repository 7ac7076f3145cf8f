package org.credence.screening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.credence.problem.MultiLine;

/** Why the security officer clears or confirms a hit: kept with the decision and journaled. */
class HitDecisionForm {

	@NotBlank(payload = MultiLine.class, message = "{credence.given}")
	@Size(max = 2000)
	private String reason;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
