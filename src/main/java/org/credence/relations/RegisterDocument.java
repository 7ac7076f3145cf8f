package org.credence.relations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.credence.problem.MultiLine;

/**
 * The whole relations register as one JSON document, for export and import. Incidents and forums
 * keep their ids, so that answers refer to each other; persons are the registry's ids. Incidents
 * and citations also keep when and by whom they were recorded, where the document says it.
 */
public record RegisterDocument(@NotNull @Pattern(regexp = FORMAT, message = "must be " + FORMAT) String format,
		@NotNull @Size(max = 100000) List<@NotNull @Valid IncidentEntry> incidents,
		@NotNull @Size(max = 10000) List<@NotNull @Valid ForumEntry> forums) {

	static final String FORMAT = "credence-relations/1";

	record IncidentEntry(@NotNull UUID id, @NotNull IncidentKind kind, @NotBlank @Size(max = 300) String title,
			@NotBlank String acting, @NotBlank String affected, @NotNull LocalDate occurredOn,
			LocalDate deadlineToLeave, @Size(max = 10000) String grounds, UUID answers,
			@NotBlank @Size(max = 100) String classification, @NotNull @Size(max = 6) Map<String, Integer> counts,
			@NotNull @Size(max = 500) List<@NotNull UUID> persons,
			@NotNull @Size(max = 1000) List<@NotNull @Valid CitationEntry> citations,
			@Schema(description = "When and by whom it was first recorded; absent: recorded by the import")
			OffsetDateTime recordedAt, @Size(max = 200) String recordedBy,
			@Schema(description = "The decision of the receiving party it was recorded from, if any") UUID decision) {
	}

	record CitationEntry(@Size(max = 500) String fact, @NotNull Citation.Stance stance,
			@NotBlank @Size(max = 200) String publisher, @NotNull LocalDate publishedOn,
			@NotBlank @Size(max = 500) String title, @Size(max = 2000) String address,
			@Schema(description = "With recordedAt and recordedBy, kept from an export; absent: new ones") UUID id,
			OffsetDateTime recordedAt, @Size(max = 200) String recordedBy) {
	}

	record ForumEntry(@NotNull UUID id, @NotBlank @Size(max = 300) String name, LocalDate establishedOn,
			@NotNull @Size(min = 2, max = 60) List<@NotBlank String> participants,
			@NotBlank @Size(max = 100) String classification,
			@NotNull @Size(max = 10000) List<@NotNull @Valid MeetingEntry> meetings,
			@NotNull @Size(max = 10000) List<@NotNull @Valid ProposalEntry> proposals) {
	}

	record MeetingEntry(@NotNull LocalDate heldOn, @NotBlank @Size(max = 100) String level,
			@NotBlank(payload = MultiLine.class) @Size(max = 2000) String topics,
			@NotBlank @Size(max = 100) String classification) {
	}

	record ProposalEntry(@NotBlank String proposedBy, @NotNull LocalDate proposedOn, @NotBlank String awaiting,
			@NotBlank(payload = MultiLine.class) @Size(max = 2000) String topics,
			@NotNull MeetingProposal.Status status, LocalDate answeredOn,
			@NotBlank @Size(max = 100) String classification) {
	}
}
