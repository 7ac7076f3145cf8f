package org.credence.registry.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The form that notifies the final departure of one of the mission's active members (VCDR art. 10). */
class DepartureForm {

	@NotNull
	private UUID accreditationId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate departureDate;

	@Size(max = 2000)
	private String reason;

	public UUID getAccreditationId() {
		return accreditationId;
	}

	public void setAccreditationId(UUID accreditationId) {
		this.accreditationId = accreditationId;
	}

	public LocalDate getDepartureDate() {
		return departureDate;
	}

	public void setDepartureDate(LocalDate departureDate) {
		this.departureDate = departureDate;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
