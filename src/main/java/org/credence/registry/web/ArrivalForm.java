package org.credence.registry.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.credence.registry.StaffCategory;

/** The form that notifies an arrival: a request for accreditation from the arrival date. */
class ArrivalForm {

	@NotNull
	private UUID personId;

	@NotNull
	private StaffCategory category = StaffCategory.DIPLOMATIC_AGENT;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotBlank
	@Size(max = 200)
	private String function;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate arrivalDate;

	public UUID getPersonId() {
		return personId;
	}

	public void setPersonId(UUID personId) {
		this.personId = personId;
	}

	public StaffCategory getCategory() {
		return category;
	}

	public void setCategory(StaffCategory category) {
		this.category = category;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getFunction() {
		return function;
	}

	public void setFunction(String function) {
		this.function = function;
	}

	public LocalDate getArrivalDate() {
		return arrivalDate;
	}

	public void setArrivalDate(LocalDate arrivalDate) {
		this.arrivalDate = arrivalDate;
	}
}
