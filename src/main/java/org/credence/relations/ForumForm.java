package org.credence.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form that establishes a forum, its participants chosen several at once. */
class ForumForm extends ClassifiedForm {

	@NotBlank(message = "{credence.given}")
	@Size(max = 300, message = "{credence.maxLength}")
	private String name;

	private LocalDate establishedOn;

	private List<String> participants = new ArrayList<>();

	/** The parties chosen; an empty choice is none. */
	List<String> chosen() {
		return participants.stream().filter(Objects::nonNull).toList();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getEstablishedOn() {
		return establishedOn;
	}

	public void setEstablishedOn(LocalDate establishedOn) {
		this.establishedOn = establishedOn;
	}

	public List<String> getParticipants() {
		return participants;
	}

	public void setParticipants(List<String> participants) {
		this.participants = participants == null ? new ArrayList<>() : participants;
	}
}
