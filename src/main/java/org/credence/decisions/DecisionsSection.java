package org.credence.decisions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.credence.registry.StaffCategory;

/**
 * The decisions' part of a whole-registry document: every version of every decision with its acts,
 * the members it was circulated to and their answers, the incidents it cites, its reference and
 * whether it was applied, as recorded.
 */
@Schema(name = "TransferDecisionsSection")
public record DecisionsSection(@NotNull @Size(max = 1000000) List<@NotNull @Valid DecisionEntry> decisions) {

	@Schema(name = "TransferDecision")
	public record DecisionEntry(@NotNull UUID id, @NotNull Authority authority, @NotNull DecisionStatus status,
			@NotNull @Size(max = 10000) String grounds, @NotBlank @Size(max = 100) String classification,
			OffsetDateTime effectiveAt, @NotBlank @Size(max = 200) String proposedBy, @NotNull OffsetDateTime draftedAt,
			LocalDate circulatedOn, OffsetDateTime deadline, OffsetDateTime decidedAt, @Size(max = 200) String signedBy,
			OffsetDateTime appliedAt, @Size(max = 2000) String applicationProblem,
			@Schema(description = "The decision this version revises") UUID replaces, @NotNull @Positive Integer version,
			@NotNull @Min(1900) @Max(2200) Integer referenceYear, @NotNull @Positive Integer referenceNumber,
			@NotEmpty @Size(max = 1000) List<@NotNull @Valid ActEntry> acts,
			@NotNull @Size(max = 1000) List<@NotNull @Valid MemberEntry> members,
			@Schema(description = "Incidents of the relations register cited as grounds, in order")
			@NotNull @Size(max = 1000) List<@NotNull UUID> incidents) {
	}

	@Schema(name = "TransferDecisionAct")
	public record ActEntry(@NotNull ActKind kind, UUID accreditationId, UUID missionId, UUID personId,
			@PositiveOrZero Integer total, LocalDate departureDeadline,
			@NotNull @Size(max = 10) Map<StaffCategory, @NotNull @PositiveOrZero Integer> categories) {
	}

	@Schema(name = "TransferMemberAnswer", description = "A member state it was circulated to, and its answer if given")
	public record MemberEntry(@NotNull @Pattern(regexp = "[A-Z]{3}") String state, MemberAnswer.Answer answer,
			@Size(max = 10000) String statement, OffsetDateTime answeredAt, @Size(max = 200) String answeredBy) {
	}
}
