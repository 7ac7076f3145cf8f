package org.credence.relations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.host.Host;
import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;
import org.credence.problem.ProblemKind;
import org.credence.security.Actors;

/** Forums of dialogue, the meetings they hold, and the proposals for a meeting awaiting an answer. */
@Service
class Dialogue {

	static final ProblemKind PROPOSAL_ANSWERED = new ProblemKind("meeting-proposal-answered",
			"The proposal for a meeting has already been answered", HttpStatus.CONFLICT);

	private final Forums forums;

	private final Parties parties;

	private final Host host;

	private final Actors actors;

	private final Clock clock;

	private final Journal journal;

	Dialogue(Forums forums, Parties parties, Host host, Actors actors, Clock clock, Journal journal) {
		this.forums = forums;
		this.parties = parties;
		this.host = host;
		this.actors = actors;
		this.clock = clock;
		this.journal = journal;
	}

	@Transactional
	Forum establish(String name, LocalDate establishedOn, List<String> participants, String classification) {
		List<InvalidField> invalid = new ArrayList<>();
		if (forums.nameTaken(name.trim())) {
			invalid.add(new InvalidField("name", "is already the name of a forum"));
		}
		for (int i = 0; i < participants.size(); i++) {
			if (!parties.exists(participants.get(i))) {
				invalid.add(new InvalidField("participants[" + i + "]", "must be an ISO 3166-1 alpha-3 state or HOST"));
			}
		}
		if (participants.stream().distinct().count() < 2) {
			invalid.add(new InvalidField("participants", "must name at least two different parties"));
		}
		notInTheFuture("establishedOn", establishedOn, invalid);
		requireValid(invalid);
		Forum forum = new Forum(UUID.randomUUID(), name.trim(), establishedOn, participants.stream().distinct().toList(),
				classification.trim(), OffsetDateTime.now(clock), actors.current());
		forums.add(forum);
		journal.append("forum.established", "forum", forum.id(), forum);
		return forum;
	}

	@Transactional
	Meeting meet(UUID forumId, LocalDate heldOn, String level, String topics, String classification) {
		Forum forum = forum(forumId);
		List<InvalidField> invalid = new ArrayList<>();
		notInTheFuture("heldOn", heldOn, invalid);
		requireValid(invalid);
		Meeting meeting = new Meeting(UUID.randomUUID(), forum.id(), heldOn, level.trim(), topics.trim(),
				classification.trim(), OffsetDateTime.now(clock), actors.current());
		forums.add(meeting);
		journal.append("forum.met", "forum", forum.id(), meeting);
		return meeting;
	}

	@Transactional
	MeetingProposal propose(UUID forumId, String proposedBy, LocalDate proposedOn, String awaiting, String topics,
			String classification) {
		Forum forum = forum(forumId);
		List<InvalidField> invalid = new ArrayList<>();
		participant(forum, "proposedBy", proposedBy, invalid);
		participant(forum, "awaiting", awaiting, invalid);
		if (proposedBy.equals(awaiting)) {
			invalid.add(new InvalidField("awaiting", "must be another party than the one proposing"));
		}
		notInTheFuture("proposedOn", proposedOn, invalid);
		requireValid(invalid);
		MeetingProposal proposal = new MeetingProposal(UUID.randomUUID(), forum.id(), proposedBy, proposedOn, awaiting,
				topics.trim(), MeetingProposal.Status.PROPOSED, null, classification.trim(), OffsetDateTime.now(clock),
				actors.current());
		forums.add(proposal);
		journal.append("forum.meeting-proposed", "forum", forum.id(), proposal);
		return proposal;
	}

	/** The awaited party accepted or declined, or the proposal lapsed unanswered. */
	@Transactional
	MeetingProposal answer(UUID forumId, UUID proposalId, MeetingProposal.Status outcome, LocalDate on) {
		MeetingProposal proposal = forums.lockProposal(forumId, proposalId)
			.orElseThrow(() -> ProblemException.notFound("meeting proposal", proposalId));
		if (proposal.status() != MeetingProposal.Status.PROPOSED) {
			throw new ProblemException(PROPOSAL_ANSWERED, "The proposal was " + proposal.status().name().toLowerCase()
					+ " on " + proposal.answeredOn() + ".");
		}
		List<InvalidField> invalid = new ArrayList<>();
		if (outcome == MeetingProposal.Status.PROPOSED) {
			invalid.add(new InvalidField("status", "must be ACCEPTED, DECLINED or LAPSED"));
		}
		if (on.isBefore(proposal.proposedOn())) {
			invalid.add(new InvalidField("on", "must not be before the proposal, " + proposal.proposedOn()));
		}
		notInTheFuture("on", on, invalid);
		requireValid(invalid);
		MeetingProposal answered = proposal.answered(outcome, on);
		forums.answer(answered);
		journal.append("forum.meeting-proposal-answered", "forum", forumId,
				Map.of("proposal", proposalId, "status", outcome, "on", on));
		return answered;
	}

	LocalDate today() {
		return host.localDate(OffsetDateTime.now(clock));
	}

	Forum forum(UUID id) {
		return forums.find(id).orElseThrow(() -> ProblemException.notFound("forum", id));
	}

	private static void participant(Forum forum, String field, String party, List<InvalidField> invalid) {
		if (!forum.participants().contains(party)) {
			invalid.add(new InvalidField(field, "must be a participant of the forum: " + String.join(", ", forum.participants())));
		}
	}

	private void notInTheFuture(String field, LocalDate day, List<InvalidField> invalid) {
		if (day != null && day.isAfter(today())) {
			invalid.add(new InvalidField(field, "must not be in the future (today is " + today() + ")"));
		}
	}

	private static void requireValid(List<InvalidField> invalid) {
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
	}
}
