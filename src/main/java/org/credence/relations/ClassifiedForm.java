package org.credence.relations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A form of the register's pages, bound with a blank field absent. Every record of the register is
 * classified: its marking is given, on one line, as long as the register's column allows. What else
 * is typed is held to the register's rules for it (given, the length of its column, one line or
 * several); the services check the rest, as for the API.
 */
abstract class ClassifiedForm {

	@NotBlank(message = "{credence.given}")
	@Size(max = 100, message = "{credence.maxLength}")
	private String classification;

	public String getClassification() {
		return classification;
	}

	public void setClassification(String classification) {
		this.classification = classification;
	}
}
