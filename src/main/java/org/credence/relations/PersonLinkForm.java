package org.credence.relations;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The form that links a person found on the incident page, with the name searched for, to search again. */
class PersonLinkForm {

	@NotNull(message = "{credence.given}")
	private UUID personId;

	private String personName;

	public UUID getPersonId() {
		return personId;
	}

	public void setPersonId(UUID personId) {
		this.personId = personId;
	}

	public String getPersonName() {
		return personName;
	}

	public void setPersonName(String personName) {
		this.personName = personName;
	}
}
