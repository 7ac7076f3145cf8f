package org.credence.relations;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.credence.host.Host;
import org.credence.problem.MultiLine;

@Tag(name = "Relations")
@RestController
@RequestMapping("/api/forums")
class ForumController {

	private final Dialogue dialogue;

	private final ForumViews views;

	private final Host host;

	ForumController(Dialogue dialogue, ForumViews views, Host host) {
		this.dialogue = dialogue;
		this.views = views;
		this.host = host;
	}

	record ForumInput(@NotBlank @Size(max = 300) String name, LocalDate establishedOn,
			@NotEmpty @Size(max = 60) List<@NotBlank String> participants, @NotBlank @Size(max = 100) String classification) {
	}

	record MeetingInput(@NotNull LocalDate heldOn, @NotBlank @Size(max = 100) String level,
			@NotBlank(payload = MultiLine.class) @Size(max = 2000) String topics,
			@NotBlank @Size(max = 100) String classification) {
	}

	record ProposalInput(@Schema(example = "HOST") @NotBlank String proposedBy, @NotNull LocalDate proposedOn,
			@Schema(example = "RUS") @NotBlank String awaiting,
			@NotBlank(payload = MultiLine.class) @Size(max = 2000) String topics,
			@NotBlank @Size(max = 100) String classification) {
	}

	/** The answer to a proposal for a meeting, or its lapse. */
	record ProposalOutcome(@NotNull MeetingProposal.Status status, @NotNull LocalDate on) {
	}

	@Operation(summary = "Establish a forum of dialogue between parties (alpha-3 states, or HOST)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<Forum> establish(@Valid @RequestBody ForumInput body) {
		Forum forum = dialogue.establish(body.name(), body.establishedOn(), body.participants(), body.classification());
		return ResponseEntity.created(URI.create("/api/forums/" + forum.id())).body(forum.local(host));
	}

	@Operation(summary = "The forums, by name")
	@GetMapping
	List<Forum> list() {
		return views.all();
	}

	@Operation(summary = "A forum, its meetings (newest first) and the proposals for a meeting, with how many days "
			+ "each has waited for the awaited party's answer")
	@GetMapping("/{id}")
	ForumViews.ForumView get(@PathVariable UUID id) {
		return views.view(id);
	}

	@Operation(summary = "Record a meeting the forum held: day, level, topics")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/meetings")
	ResponseEntity<Meeting> meet(@PathVariable UUID id, @Valid @RequestBody MeetingInput body) {
		Meeting meeting = dialogue.meet(id, body.heldOn(), body.level(), body.topics(), body.classification());
		return ResponseEntity.created(URI.create("/api/forums/" + id)).body(meeting.local(host));
	}

	@Operation(summary = "Record a proposal for a meeting by one participant, awaiting another's answer")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/proposals")
	ResponseEntity<ForumViews.ProposalView> propose(@PathVariable UUID id, @Valid @RequestBody ProposalInput body) {
		MeetingProposal proposal = dialogue.propose(id, body.proposedBy().trim(), body.proposedOn(), body.awaiting().trim(),
				body.topics(), body.classification());
		return ResponseEntity.created(URI.create("/api/forums/" + id))
			.body(views.view(proposal));
	}

	@Operation(summary = "The awaited answer: ACCEPTED or DECLINED, or LAPSED unanswered, on a day")
	@PostMapping("/{id}/proposals/{proposalId}/answer")
	ForumViews.ProposalView answer(@PathVariable UUID id, @PathVariable UUID proposalId, @Valid @RequestBody ProposalOutcome body) {
		MeetingProposal answered = dialogue.answer(id, proposalId, body.status(), body.on());
		return views.view(answered);
	}
}
