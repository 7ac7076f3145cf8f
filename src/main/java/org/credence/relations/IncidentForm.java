package org.credence.relations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.credence.problem.MultiLine;
import org.credence.problem.OptionalText;

/**
 * The form that records an incident: the persons of each category in {@code counts[CATEGORY]}, left
 * empty when not known; persons are linked on the incident's page.
 */
class IncidentForm extends ClassifiedForm {

	@NotNull(message = "{credence.given}")
	private IncidentKind kind;

	@NotBlank(message = "{credence.given}")
	@Size(max = 300, message = "{credence.maxLength}")
	private String title;

	@NotBlank(message = "{credence.given}")
	private String acting;

	@NotBlank(message = "{credence.given}")
	private String affected;

	@NotNull(message = "{credence.given}")
	private LocalDate occurredOn;

	private LocalDate deadlineToLeave;

	private Map<String, Integer> counts = new LinkedHashMap<>();

	@OptionalText(payload = MultiLine.class)
	@Size(max = 10000, message = "{credence.maxLength}")
	private String grounds;

	private UUID answers;

	public IncidentKind getKind() {
		return kind;
	}

	public void setKind(IncidentKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getActing() {
		return acting;
	}

	public void setActing(String acting) {
		this.acting = acting;
	}

	public String getAffected() {
		return affected;
	}

	public void setAffected(String affected) {
		this.affected = affected;
	}

	public LocalDate getOccurredOn() {
		return occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public LocalDate getDeadlineToLeave() {
		return deadlineToLeave;
	}

	public void setDeadlineToLeave(LocalDate deadlineToLeave) {
		this.deadlineToLeave = deadlineToLeave;
	}

	public Map<String, Integer> getCounts() {
		return counts;
	}

	public void setCounts(Map<String, Integer> counts) {
		this.counts = counts == null ? new LinkedHashMap<>() : counts;
	}

	public String getGrounds() {
		return grounds;
	}

	public void setGrounds(String grounds) {
		this.grounds = grounds;
	}

	public UUID getAnswers() {
		return answers;
	}

	public void setAnswers(UUID answers) {
		this.answers = answers;
	}
}
