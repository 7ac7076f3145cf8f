package org.credence.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.credence.registry.mission.MissionKind;

/** The form that establishes a mission. */
class MissionForm {

	@NotBlank
	private String sendingState;

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private MissionKind kind = MissionKind.PERMANENT_MISSION;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate establishedOn;

	public String getSendingState() {
		return sendingState;
	}

	public void setSendingState(String sendingState) {
		this.sendingState = sendingState;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public MissionKind getKind() {
		return kind;
	}

	public void setKind(MissionKind kind) {
		this.kind = kind;
	}

	public LocalDate getEstablishedOn() {
		return establishedOn;
	}

	public void setEstablishedOn(LocalDate establishedOn) {
		this.establishedOn = establishedOn;
	}
}
