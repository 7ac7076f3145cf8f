package org.credence.registry.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.credence.registry.person.BirthDate;
import org.credence.registry.person.Sex;

/** The form that registers a person; other names are typed on one line, separated by commas. */
class PersonForm {


	@NotBlank
	@Size(max = 300)
	private String nameNative;

	@NotBlank
	@Size(max = 300)
	private String nameLatin;

	/** As the API allows: at most 20 names of at most 300 characters each. */
	@Pattern(regexp = "[^,]{0,300}(,[^,]{0,300}){0,19}", message = "{credence.otherNames.size}")
	private String otherNames;

	@Pattern(regexp = BirthDate.PATTERN, message = "{credence.birthDate.pattern}")
	private String birthDate;

	@NotBlank
	private String nationality;

	@NotNull
	private Sex sex = Sex.UNKNOWN;

	List<String> otherNameList() {
		return otherNames == null ? List.of() : Arrays.stream(otherNames.split(",")).map(String::trim).toList();
	}

	public String getNameNative() {
		return nameNative;
	}

	public void setNameNative(String nameNative) {
		this.nameNative = nameNative;
	}

	public String getNameLatin() {
		return nameLatin;
	}

	public void setNameLatin(String nameLatin) {
		this.nameLatin = nameLatin;
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

	public Sex getSex() {
		return sex;
	}

	public void setSex(Sex sex) {
		this.sex = sex;
	}
}
