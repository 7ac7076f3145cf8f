package org.credence.relations;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.credence.problem.OptionalText;

/** The form that cites a source for an incident, or for one fact about it when the fact is given. */
class CitationForm {

	@OptionalText
	@Size(max = 500, message = "{credence.maxLength}")
	private String fact;

	@NotNull(message = "{credence.given}")
	private Citation.Stance stance;

	@NotBlank(message = "{credence.given}")
	@Size(max = 200, message = "{credence.maxLength}")
	private String publisher;

	@NotNull(message = "{credence.given}")
	private LocalDate publishedOn;

	@NotBlank(message = "{credence.given}")
	@Size(max = 500, message = "{credence.maxLength}")
	private String title;

	@OptionalText
	@Size(max = 2000, message = "{credence.maxLength}")
	private String address;

	public String getFact() {
		return fact;
	}

	public void setFact(String fact) {
		this.fact = fact;
	}

	public Citation.Stance getStance() {
		return stance;
	}

	public void setStance(Citation.Stance stance) {
		this.stance = stance;
	}

	public String getPublisher() {
		return publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}
}
