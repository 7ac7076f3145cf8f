package org.credence.relations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.credence.host.Host;

/** One party's proposal that a forum meet, and the party whose answer it awaits. */
record MeetingProposal(UUID id, UUID forumId, String proposedBy, LocalDate proposedOn, String awaiting,
		String topics, Status status, LocalDate answeredOn, String classification, OffsetDateTime recordedAt,
		String recordedBy) {

	enum Status {
		PROPOSED, ACCEPTED, DECLINED, LAPSED
	}

	/** Days the answer has been awaited by that day; once answered, how long it took. */
	long daysWaiting(LocalDate today) {
		return ChronoUnit.DAYS.between(proposedOn, answeredOn == null ? today : answeredOn);
	}

	MeetingProposal answered(Status outcome, LocalDate on) {
		return new MeetingProposal(id, forumId, proposedBy, proposedOn, awaiting, topics, outcome, on, classification,
				recordedAt, recordedBy);
	}

	/** As shown: recorded in the receiving party's time zone. */
	MeetingProposal local(Host host) {
		return new MeetingProposal(id, forumId, proposedBy, proposedOn, awaiting, topics, status, answeredOn,
				classification, host.local(recordedAt), recordedBy);
	}
}
