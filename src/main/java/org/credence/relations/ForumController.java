package org.credence.relations;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.credence.host.Host;

@Tag(name = "Relations")
@RestController
@RequestMapping("/api/forums")
class ForumController {

	private final Dialogue dialogue;

	private final Forums forums;

	private final Host host;

	ForumController(Dialogue dialogue, Forums forums, Host host) {
		this.dialogue = dialogue;
		this.forums = forums;
		this.host = host;
	}

	record ForumInput(@NotBlank @Size(max = 300) String name, LocalDate establishedOn,
			@NotEmpty @Size(max = 60) List<@NotBlank String> participants, @NotBlank @Size(max = 100) String classification) {
	}

	record MeetingInput(@NotNull LocalDate heldOn, @NotBlank @Size(max = 100) String level,
			@NotBlank @Size(max = 2000) String topics, @NotBlank @Size(max = 100) String classification) {
	}

	record ProposalInput(@Schema(example = "HOST") @NotBlank String proposedBy, @NotNull LocalDate proposedOn,
			@Schema(example = "RUS") @NotBlank String awaiting,
			@NotBlank @Size(max = 2000) String topics, @NotBlank @Size(max = 100) String classification) {
	}

	/** The answer to a proposal for a meeting, or its lapse. */
	record ProposalOutcome(@NotNull MeetingProposal.Status status, @NotNull LocalDate on) {
	}

	record ProposalView(MeetingProposal proposal, long daysWaiting) {
	}

	record ForumView(Forum forum, Meeting lastMeeting, List<Meeting> meetings, List<ProposalView> proposals) {
	}

	@Operation(summary = "Establish a forum of dialogue between parties (alpha-3 states, or HOST)")
	@PostMapping
	ResponseEntity<Forum> establish(@Valid @RequestBody ForumInput body) {
		Forum forum = dialogue.establish(body.name(), body.establishedOn(), body.participants(), body.classification());
		return ResponseEntity.created(URI.create("/api/forums/" + forum.id())).body(forum.local(host));
	}

	@Operation(summary = "The forums, by name")
	@GetMapping
	List<Forum> list() {
		return forums.all().stream().map(f -> f.local(host)).toList();
	}

	@Operation(summary = "A forum, its meetings (newest first) and the proposals for a meeting, with how many days "
			+ "each has waited for the awaited party's answer")
	@GetMapping("/{id}")
	ForumView get(@PathVariable UUID id) {
		Forum forum = dialogue.forum(id).local(host);
		List<Meeting> meetings = forums.meetings(id).stream().map(m -> m.local(host)).toList();
		LocalDate today = dialogue.today();
		return new ForumView(forum, meetings.isEmpty() ? null : meetings.get(0), meetings,
				forums.proposals(id).stream().map(p -> new ProposalView(p.local(host), p.daysWaiting(today))).toList());
	}

	@Operation(summary = "Record a meeting the forum held: day, level, topics")
	@PostMapping("/{id}/meetings")
	ResponseEntity<Meeting> meet(@PathVariable UUID id, @Valid @RequestBody MeetingInput body) {
		Meeting meeting = dialogue.meet(id, body.heldOn(), body.level(), body.topics(), body.classification());
		return ResponseEntity.created(URI.create("/api/forums/" + id)).body(meeting.local(host));
	}

	@Operation(summary = "Record a proposal for a meeting by one participant, awaiting another's answer")
	@PostMapping("/{id}/proposals")
	ResponseEntity<ProposalView> propose(@PathVariable UUID id, @Valid @RequestBody ProposalInput body) {
		MeetingProposal proposal = dialogue.propose(id, body.proposedBy().trim(), body.proposedOn(), body.awaiting().trim(),
				body.topics(), body.classification());
		return ResponseEntity.created(URI.create("/api/forums/" + id))
			.body(new ProposalView(proposal.local(host), proposal.daysWaiting(dialogue.today())));
	}

	@Operation(summary = "The awaited answer: ACCEPTED or DECLINED, or LAPSED unanswered, on a day")
	@PostMapping("/{id}/proposals/{proposalId}/answer")
	ProposalView answer(@PathVariable UUID id, @PathVariable UUID proposalId, @Valid @RequestBody ProposalOutcome body) {
		MeetingProposal answered = dialogue.answer(id, proposalId, body.status(), body.on());
		return new ProposalView(answered.local(host), answered.daysWaiting(dialogue.today()));
	}
}
