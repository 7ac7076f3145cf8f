package org.credence.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * The register's entries for callers outside this module (the demo data loaded at start): incidents
 * with their sources, forums with their meetings and proposals, through the same services as the
 * API's, as whoever the thread's caller is.
 */
@Service
public class RegisterEntries {

	private final IncidentRecording recording;

	private final Dialogue dialogue;

	private final Incidents incidents;

	private final Forums forums;

	RegisterEntries(IncidentRecording recording, Dialogue dialogue, Incidents incidents, Forums forums) {
		this.recording = recording;
		this.dialogue = dialogue;
		this.incidents = incidents;
		this.forums = forums;
	}

	/** No incident and no forum recorded yet. */
	public boolean empty() {
		return incidents.all(null, null, null, null).isEmpty() && forums.all().isEmpty();
	}

	/**
	 * An incident: kind as in the register (EXPULSION, COUNTER_EXPULSION, MISSION_CAP, MISSION_CLOSURE...),
	 * the acting and affected parties (alpha-3, or HOST), persons per staff category or UNSPECIFIED.
	 */
	public UUID incident(String kind, String title, String acting, String affected, LocalDate occurredOn,
			LocalDate deadlineToLeave, String grounds, UUID answers, String classification, Map<String, Integer> counts) {
		return recording.record(new IncidentRecording.NewIncident(null, IncidentKind.valueOf(kind), title, acting,
				affected, occurredOn, deadlineToLeave, grounds, answers, classification, counts, List.of())).id();
	}

	/** A source reporting (or, with confirms, confirming) the incident as a whole. */
	public void source(UUID incident, boolean confirms, String publisher, LocalDate publishedOn, String title,
			String address) {
		recording.cite(incident, null, confirms ? Citation.Stance.CONFIRMS : Citation.Stance.REPORTS, publisher,
				publishedOn, title, address);
	}

	public UUID forum(String name, LocalDate establishedOn, List<String> participants, String classification) {
		return dialogue.establish(name, establishedOn, participants, classification).id();
	}

	public void meeting(UUID forum, LocalDate heldOn, String level, String topics, String classification) {
		dialogue.meet(forum, heldOn, level, topics, classification);
	}

	/** A meeting proposed by one participant, awaiting the other's answer. */
	public void proposal(UUID forum, String proposedBy, LocalDate proposedOn, String awaiting, String topics,
			String classification) {
		dialogue.propose(forum, proposedBy, proposedOn, awaiting, topics, classification);
	}
}
