package org.credence.relations;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.credence.problem.MultiLine;

/** The form that records a meeting a forum held. */
class MeetingForm extends ClassifiedForm {

	@NotNull(message = "{credence.given}")
	private LocalDate heldOn;

	@NotBlank(message = "{credence.given}")
	@Size(max = 100, message = "{credence.maxLength}")
	private String level;

	@NotBlank(payload = MultiLine.class, message = "{credence.given}")
	@Size(max = 2000, message = "{credence.maxLength}")
	private String topics;

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public String getLevel() {
		return level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

	public String getTopics() {
		return topics;
	}

	public void setTopics(String topics) {
		this.topics = topics;
	}
}
