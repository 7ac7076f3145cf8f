package org.credence.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.credence.registry.accreditation.AccreditationEvent;
import org.credence.registry.accreditation.AccreditationStatus;
import org.credence.registry.mission.MissionKind;
import org.credence.registry.person.Sex;

/**
 * The registry's part of a whole-registry document: every record with its id and the instants it
 * was recorded at, so that as-of questions, and what was known when, answer the same after an import.
 */
@Schema(name = "TransferRegistrySection")
public record RegistrySection(@NotNull @Size(max = 100000) List<@NotNull @Valid MissionEntry> missions,
		@NotNull @Size(max = 1000000) List<@NotNull @Valid PersonEntry> persons,
		@NotNull @Size(max = 1000000) List<@NotNull @Valid AccreditationEntry> accreditations,
		@Schema(description = "The registry's record of each decision that took effect, per mission or person it concerns")
		@NotNull @Size(max = 1000000) List<@NotNull @Valid AppliedDecisionEntry> appliedDecisions) {

	@Schema(name = "TransferMission")
	public record MissionEntry(@NotNull UUID id, @NotNull @Pattern(regexp = "[A-Z]{3}") String sendingState,
			@NotBlank @Size(max = 200) String name, @NotNull MissionKind kind, @NotNull OffsetDateTime recordedAt,
			@NotBlank @Size(max = 200) String recordedBy,
			@Schema(description = "Status changes, oldest first") @NotNull @Size(max = 10000) List<@NotNull @Valid StatusEntry> statuses,
			@NotNull @Size(max = 10000) List<@NotNull @Valid CeilingEntry> ceilings) {
	}

	@Schema(name = "TransferMissionStatus")
	public record StatusEntry(@NotNull OffsetDateTime effectiveFrom, @NotNull MissionStatus status,
			@Size(max = 2000) String reason, @NotNull OffsetDateTime recordedAt, @NotBlank @Size(max = 200) String recordedBy) {
	}

	@Schema(name = "TransferCeiling")
	public record CeilingEntry(@NotNull UUID id, @NotNull OffsetDateTime effectiveFrom, @NotNull @PositiveOrZero Integer total,
			@NotNull @Size(max = 10) Map<StaffCategory, @NotNull @PositiveOrZero Integer> categories,
			@Size(max = 2000) String reason, @NotNull OffsetDateTime recordedAt, @NotBlank @Size(max = 200) String recordedBy) {
	}

	@Schema(name = "TransferPerson")
	public record PersonEntry(@NotNull UUID id, @NotBlank @Size(max = 300) String nameNative,
			@NotBlank @Size(max = 300) String nameLatin,
			@Schema(description = "Other spellings and scripts, in order") @NotNull @Size(max = 100) List<@NotBlank @Size(max = 300) String> otherNames,
			@Min(1850) @Max(2200) Integer birthYear, @Min(1) @Max(12) Integer birthMonth, @Min(1) @Max(31) Integer birthDay,
			@NotNull @Pattern(regexp = "[A-Z]{3}") String nationality, @NotNull Sex sex, @NotNull OffsetDateTime recordedAt,
			@NotBlank @Size(max = 200) String recordedBy,
			@NotNull @Size(max = 1000) List<@NotNull @Valid NotAcceptableEntry> notAcceptable) {
	}

	@Schema(name = "TransferNotAcceptable", description = "A declaration that the person is not acceptable, and its lifting")
	public record NotAcceptableEntry(@NotNull UUID id, @NotNull OffsetDateTime declaredFrom, @Size(max = 2000) String reason,
			@NotNull OffsetDateTime recordedAt, @NotBlank @Size(max = 200) String recordedBy, OffsetDateTime liftedAt,
			@Size(max = 2000) String liftReason, OffsetDateTime liftRecordedAt, @Size(max = 200) String liftRecordedBy) {
	}

	@Schema(name = "TransferAccreditation")
	public record AccreditationEntry(@NotNull UUID id, @NotNull UUID personId, @NotNull UUID missionId,
			@NotNull StaffCategory category, @NotNull @Size(max = 200) String title, @NotNull @Size(max = 200) String function,
			@NotNull OffsetDateTime requestedStart, OffsetDateTime startAt, OffsetDateTime endAt,
			@NotNull AccreditationStatus status, @Size(max = 40) String credentialNumber, OffsetDateTime credentialExpires,
			LocalDate departureDeadline, LocalDate departedOn, @NotNull OffsetDateTime recordedAt,
			@Schema(description = "Every change, in the order recorded") @NotEmpty @Size(max = 1000) List<@NotNull @Valid EventEntry> events) {
	}

	@Schema(name = "TransferAccreditationEvent")
	public record EventEntry(@NotNull Long id, @NotNull AccreditationEvent.Kind kind, @NotNull OffsetDateTime occurredAt,
			@Size(max = 2000) String reason, @NotNull OffsetDateTime recordedAt, @NotBlank @Size(max = 200) String recordedBy) {
	}

	@Schema(name = "TransferAppliedDecision")
	public record AppliedDecisionEntry(@NotNull UUID decisionId, UUID missionId, UUID personId,
			@NotNull OffsetDateTime effectiveAt, @NotBlank @Size(max = 20) String authority,
			@NotBlank @Size(max = 300) String summary, @NotNull OffsetDateTime recordedAt,
			@NotBlank @Size(max = 200) String recordedBy) {
	}

	public Set<UUID> missionIds() {
		return missions.stream().map(MissionEntry::id).collect(Collectors.toSet());
	}

	public Set<UUID> personIds() {
		return persons.stream().map(PersonEntry::id).collect(Collectors.toSet());
	}

	public Set<UUID> accreditationIds() {
		return accreditations.stream().map(AccreditationEntry::id).collect(Collectors.toSet());
	}
}
