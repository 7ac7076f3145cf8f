package org.credence.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.credence.registry.person.BirthDate;
import org.credence.screening.matching.Query;

/** A name to screen, typed by a security officer; other names on one line, separated by commas, as a person's are. */
class NameCheckForm {

	@NotBlank(message = "{credence.given}")
	@Size(max = 300)
	private String name;

	@Pattern(regexp = "[^,]{0,300}(,[^,]{0,300}){0,19}", message = "{credence.otherNames.size}")
	private String otherNames;

	@Pattern(regexp = BirthDate.PATTERN, message = "{credence.birthDate.pattern}")
	private String birthDate;

	private String nationality;

	Query query() {
		List<String> names = new ArrayList<>(List.of(name.trim()));
		if (otherNames != null) {
			Arrays.stream(otherNames.split(",")).map(String::trim).filter(other -> !other.isEmpty()).forEach(names::add);
		}
		return new Query(names, RegistryNames.birth(birthDate), nationality,
				null);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOtherNames() {
		return otherNames;
	}

	public void setOtherNames(String otherNames) {
		this.otherNames = otherNames;
	}

	public String getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(String birthDate) {
		this.birthDate = birthDate;
	}

	public String getNationality() {
		return nationality;
	}

	public void setNationality(String nationality) {
		this.nationality = nationality;
	}
}
