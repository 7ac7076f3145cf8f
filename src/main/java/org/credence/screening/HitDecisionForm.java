package org.credence.screening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the security officer clears or confirms a hit: kept with the decision and journaled. */
class HitDecisionForm {

	@NotBlank
	@Size(max = 2000)
	private String reason;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
