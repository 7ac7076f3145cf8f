package org.credence.registry.household;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** The form that links a person to a principal's household and notifies their arrival. */
class HouseholdForm {

	@NotNull
	private UUID personId;

	@NotNull
	private Relation relation = Relation.SPOUSE_OR_PARTNER;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate linkedFrom;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate arrivalDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate educationUntil;

	public UUID getPersonId() {
		return personId;
	}

	public void setPersonId(UUID personId) {
		this.personId = personId;
	}

	public Relation getRelation() {
		return relation;
	}

	public void setRelation(Relation relation) {
		this.relation = relation;
	}

	public LocalDate getLinkedFrom() {
		return linkedFrom;
	}

	public void setLinkedFrom(LocalDate linkedFrom) {
		this.linkedFrom = linkedFrom;
	}

	public LocalDate getArrivalDate() {
		return arrivalDate;
	}

	public void setArrivalDate(LocalDate arrivalDate) {
		this.arrivalDate = arrivalDate;
	}

	public LocalDate getEducationUntil() {
		return educationUntil;
	}

	public void setEducationUntil(LocalDate educationUntil) {
		this.educationUntil = educationUntil;
	}
}
