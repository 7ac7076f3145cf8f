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
import org.credence.problem.PlausibleDates;
import org.credence.problem.ProblemException;
import org.credence.problem.ProblemKind;
import org.credence.security.Actors;

/**
 * Forums of dialogue, the meetings they hold, and the proposals for a meeting awaiting an answer.
 * Each record has its check (every bad field, named after a path) and its write, so that an import
 * can check a whole register before writing any of it.
 */
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
		requireValid(checkForum(name, establishedOn, participants, ""));
		return addForum(UUID.randomUUID(), name, establishedOn, participants, classification);
	}

	@Transactional
	Meeting meet(UUID forumId, LocalDate heldOn, String level, String topics, String classification) {
		Forum forum = forum(forumId);
		requireValid(notInTheFuture("heldOn", heldOn));
		return addMeeting(forum.id(), heldOn, level, topics, classification);
	}

	@Transactional
	MeetingProposal propose(UUID forumId, String proposedBy, LocalDate proposedOn, String awaiting, String topics,
			String classification) {
		Forum forum = forum(forumId);
		requireValid(checkProposal(forum.participants(), proposedBy, proposedOn, awaiting, MeetingProposal.Status.PROPOSED,
				null, ""));
		return addProposal(forum.id(), proposedBy, proposedOn, awaiting, topics, MeetingProposal.Status.PROPOSED, null,
				classification);
	}

	/** The awaited party accepted or declined, or the proposal lapsed unanswered. */
	@Transactional
	MeetingProposal answer(UUID forumId, UUID proposalId, MeetingProposal.Status outcome, LocalDate on) {
		MeetingProposal proposal = forums.lockProposal(forumId, proposalId)
			.orElseThrow(() -> ProblemException.notFound("meeting proposal", proposalId));
		if (proposal.status() != MeetingProposal.Status.PROPOSED) {
			throw new ProblemException(PROPOSAL_ANSWERED, "The proposal was " + proposal.status().name().toLowerCase()
					+ " on " + proposal.answeredOn() + ".")
				.with("proposalStatus", proposal.status())
				.with("answeredOn", proposal.answeredOn());
		}
		List<InvalidField> invalid = new ArrayList<>();
		if (outcome == MeetingProposal.Status.PROPOSED) {
			invalid.add(new InvalidField("status", "must be ACCEPTED, DECLINED or LAPSED"));
		}
		if (on.isBefore(proposal.proposedOn())) {
			invalid.add(new InvalidField("on", "must not be before the proposal, " + proposal.proposedOn()));
		}
		invalid.addAll(notInTheFuture("on", on));
		requireValid(invalid);
		MeetingProposal answered = proposal.answered(outcome, on);
		forums.answer(answered);
		journal.append("forum.meeting-proposal-answered", "forum", forumId,
				Map.of("proposal", proposalId, "status", outcome, "on", on));
		return answered;
	}

	List<InvalidField> checkForum(String name, LocalDate establishedOn, List<String> participants, String path) {
		List<InvalidField> invalid = new ArrayList<>();
		if (forums.nameTaken(name.trim())) {
			invalid.add(new InvalidField(path + "name", "is already the name of a forum"));
		}
		for (int i = 0; i < participants.size(); i++) {
			if (!parties.exists(participants.get(i))) {
				invalid.add(new InvalidField(path + "participants[" + i + "]",
						"must be an ISO 3166-1 alpha-3 state or HOST"));
			}
		}
		if (participants.stream().distinct().count() < 2) {
			invalid.add(new InvalidField(path + "participants", "must name at least two different parties"));
		}
		invalid.addAll(notInTheFuture(path + "establishedOn", establishedOn));
		return invalid;
	}

	List<InvalidField> checkProposal(List<String> participants, String proposedBy, LocalDate proposedOn,
			String awaiting, MeetingProposal.Status status, LocalDate answeredOn, String path) {
		List<InvalidField> invalid = new ArrayList<>();
		for (String[] party : new String[][] { { "proposedBy", proposedBy }, { "awaiting", awaiting } }) {
			if (!participants.contains(party[1])) {
				invalid.add(new InvalidField(path + party[0],
						"must be a participant of the forum: " + String.join(", ", participants)));
			}
		}
		if (proposedBy.equals(awaiting)) {
			invalid.add(new InvalidField(path + "awaiting", "must be another party than the one proposing"));
		}
		if ((status == MeetingProposal.Status.PROPOSED) != (answeredOn == null)) {
			invalid.add(new InvalidField(path + "answeredOn", "is the day of the answer: given if and only if the "
					+ "status is not PROPOSED"));
		}
		else if (answeredOn != null && answeredOn.isBefore(proposedOn)) {
			invalid.add(new InvalidField(path + "answeredOn", "must not be before proposedOn"));
		}
		invalid.addAll(notInTheFuture(path + "proposedOn", proposedOn));
		invalid.addAll(notInTheFuture(path + "answeredOn", answeredOn));
		return invalid;
	}

	/** A day of the register's past: not in the future, and not before the registry's earliest date. */
	List<InvalidField> notInTheFuture(String field, LocalDate day) {
		return day != null && day.isAfter(today())
				? List.of(new InvalidField(field, "must not be in the future (today is " + today() + ")")
					.saying("not-in-future", Map.of("today", today())))
				: PlausibleDates.invalid(field, day, clock);
	}

	Forum addForum(UUID id, String name, LocalDate establishedOn, List<String> participants, String classification) {
		Forum forum = new Forum(id, name.trim(), establishedOn, participants.stream().distinct().toList(),
				classification.trim(), OffsetDateTime.now(clock), actors.current());
		forums.add(forum);
		journal.append("forum.established", "forum", forum.id(), forum);
		return forum;
	}

	Meeting addMeeting(UUID forumId, LocalDate heldOn, String level, String topics, String classification) {
		Meeting meeting = new Meeting(UUID.randomUUID(), forumId, heldOn, level.trim(), topics.trim(),
				classification.trim(), OffsetDateTime.now(clock), actors.current());
		forums.add(meeting);
		journal.append("forum.met", "forum", forumId, meeting);
		return meeting;
	}

	MeetingProposal addProposal(UUID forumId, String proposedBy, LocalDate proposedOn, String awaiting, String topics,
			MeetingProposal.Status status, LocalDate answeredOn, String classification) {
		MeetingProposal proposal = new MeetingProposal(UUID.randomUUID(), forumId, proposedBy, proposedOn, awaiting,
				topics.trim(), status, answeredOn, classification.trim(), OffsetDateTime.now(clock), actors.current());
		forums.add(proposal);
		journal.append("forum.meeting-proposed", "forum", forumId, proposal);
		return proposal;
	}

	LocalDate today() {
		return host.localDate(OffsetDateTime.now(clock));
	}

	Forum forum(UUID id) {
		return forums.find(id).orElseThrow(() -> ProblemException.notFound("forum", id));
	}

	private static void requireValid(List<InvalidField> invalid) {
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
	}
}
