package org.credence.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.credence.host.Host;

/**
 * Forums as the API and the pages show them: times in the receiving party's zone, meetings newest
 * first, and how long each proposal for a meeting has waited for its answer.
 */
@Component
class ForumViews {

	private final Dialogue dialogue;

	private final Forums forums;

	private final Host host;

	ForumViews(Dialogue dialogue, Forums forums, Host host) {
		this.dialogue = dialogue;
		this.forums = forums;
		this.host = host;
	}

	record ProposalView(MeetingProposal proposal, long daysWaiting) {
	}

	record ForumView(Forum forum, Meeting lastMeeting, List<Meeting> meetings, List<ProposalView> proposals) {
	}

	/** The forums, by name. */
	List<Forum> all() {
		return forums.all().stream().map(f -> f.local(host)).toList();
	}

	ForumView view(UUID id) {
		Forum forum = dialogue.forum(id).local(host);
		List<Meeting> meetings = forums.meetings(id).stream().map(m -> m.local(host)).toList();
		LocalDate today = dialogue.today();
		return new ForumView(forum, meetings.isEmpty() ? null : meetings.get(0), meetings,
				forums.proposals(id).stream().map(p -> new ProposalView(p.local(host), p.daysWaiting(today))).toList());
	}

	ProposalView view(MeetingProposal proposal) {
		return new ProposalView(proposal.local(host), proposal.daysWaiting(dialogue.today()));
	}
}
