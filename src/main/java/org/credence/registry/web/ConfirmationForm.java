package org.credence.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** The form that confirms a withdrawn person left, on the day they did. */
class ConfirmationForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate departedOn;

	public LocalDate getDepartedOn() {
		return departedOn;
	}

	public void setDepartedOn(LocalDate departedOn) {
		this.departedOn = departedOn;
	}
}
