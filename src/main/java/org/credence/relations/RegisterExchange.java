package org.credence.relations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;

/**
 * Export and import of the whole register. An import checks every record of the document, its
 * shape and the register's rules, and reports every error with its path before writing anything;
 * then it writes all of it in one transaction.
 */
@Service
class RegisterExchange {

	private final Incidents incidents;

	private final Forums forums;

	private final IncidentRecording recording;

	private final Dialogue dialogue;

	private final Validator validator;

	RegisterExchange(Incidents incidents, Forums forums, IncidentRecording recording, Dialogue dialogue,
			Validator validator) {
		this.incidents = incidents;
		this.forums = forums;
		this.recording = recording;
		this.dialogue = dialogue;
		this.validator = validator;
	}

	record Imported(int incidents, int citations, int forums, int meetings, int proposals) {
	}

	@Transactional(readOnly = true)
	RegisterDocument export() {
		List<RegisterDocument.IncidentEntry> incidentEntries = incidents.all(null, null, null, null).stream()
			.map(i -> new RegisterDocument.IncidentEntry(i.id(), i.kind(), i.title(), i.acting(), i.affected(),
					i.occurredOn(), i.deadlineToLeave(), i.grounds(), i.answers(), i.classification(), i.counts(),
					i.persons(), incidents.citations(i.id()).stream()
						.map(c -> new RegisterDocument.CitationEntry(c.fact(), c.stance(), c.publisher(), c.publishedOn(),
								c.title(), c.address(), c.id(), c.recordedAt(), c.recordedBy()))
						.toList(), i.recordedAt(), i.recordedBy(), i.decision()))
			.toList();
		List<RegisterDocument.ForumEntry> forumEntries = forums.all().stream()
			.map(f -> new RegisterDocument.ForumEntry(f.id(), f.name(), f.establishedOn(), f.participants(),
					f.classification(), forums.meetings(f.id()).stream()
						.map(m -> new RegisterDocument.MeetingEntry(m.heldOn(), m.level(), m.topics(), m.classification()))
						.toList(),
					forums.proposals(f.id()).stream()
						.map(p -> new RegisterDocument.ProposalEntry(p.proposedBy(), p.proposedOn(), p.awaiting(),
								p.topics(), p.status(), p.answeredOn(), p.classification()))
						.toList()))
			.toList();
		return new RegisterDocument(RegisterDocument.FORMAT, incidentEntries, forumEntries);
	}

	@Transactional
	Imported importDocument(RegisterDocument document) {
		return importDocument(document, "");
	}

	/** As {@link #importDocument(RegisterDocument)}, for a document found at {@code at} of a larger one. */
	@Transactional
	Imported importDocument(RegisterDocument document, String at) {
		List<InvalidField> invalid = new ArrayList<>();
		Set<String> malformed = new HashSet<>();
		validator.validate(document).forEach(v -> {
			String path = v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
			invalid.add(new InvalidField(path, v.getMessage()));
			malformed.add(path.replaceAll("^((incidents|forums)\\[\\d+]).*", "$1"));
		});
		if (document.incidents() == null || document.forums() == null) {
			throw ProblemException.invalid(under(at, invalid));
		}
		invalid.addAll(checkIncidents(document.incidents(), malformed));
		invalid.addAll(checkForums(document.forums(), malformed));
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(under(at, invalid));
		}
		return write(document);
	}

	private List<InvalidField> checkIncidents(List<RegisterDocument.IncidentEntry> entries, Set<String> malformed) {
		List<InvalidField> invalid = new ArrayList<>();
		Map<UUID, LocalDate> inDocument = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			RegisterDocument.IncidentEntry entry = entries.get(i);
			if (entry != null && entry.id() != null && inDocument.put(entry.id(), entry.occurredOn()) != null) {
				invalid.add(new InvalidField("incidents[" + i + "].id", "is the id of an earlier incident of the document"));
			}
		}
		for (int i = 0; i < entries.size(); i++) {
			String path = "incidents[" + i + "]";
			if (malformed.contains(path)) {
				continue;
			}
			RegisterDocument.IncidentEntry e = entries.get(i);
			invalid.addAll(recording.check(newIncident(e), path + ".", inDocument));
			for (int c = 0; c < e.citations().size(); c++) {
				invalid.addAll(recording.checkSource(e.citations().get(c).publishedOn(), path + ".citations[" + c + "]."));
			}
		}
		return invalid;
	}

	private List<InvalidField> checkForums(List<RegisterDocument.ForumEntry> entries, Set<String> malformed) {
		List<InvalidField> invalid = new ArrayList<>();
		Set<UUID> ids = new HashSet<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			String path = "forums[" + i + "]";
			if (malformed.contains(path)) {
				continue;
			}
			RegisterDocument.ForumEntry f = entries.get(i);
			if (!ids.add(f.id()) || forums.find(f.id()).isPresent()) {
				invalid.add(new InvalidField(path + ".id", "is already the id of a forum"));
			}
			if (!names.add(f.name().trim().toLowerCase())) {
				invalid.add(new InvalidField(path + ".name", "is the name of an earlier forum of the document"));
			}
			invalid.addAll(dialogue.checkForum(f.name(), f.establishedOn(), f.participants(), path + "."));
			for (int m = 0; m < f.meetings().size(); m++) {
				invalid.addAll(dialogue.notInTheFuture(path + ".meetings[" + m + "].heldOn", f.meetings().get(m).heldOn()));
			}
			for (int p = 0; p < f.proposals().size(); p++) {
				RegisterDocument.ProposalEntry proposal = f.proposals().get(p);
				invalid.addAll(dialogue.checkProposal(f.participants(), proposal.proposedBy(), proposal.proposedOn(),
						proposal.awaiting(), proposal.status(), proposal.answeredOn(), path + ".proposals[" + p + "]."));
			}
		}
		return invalid;
	}

	private Imported write(RegisterDocument document) {
		int citations = 0;
		int meetings = 0;
		int proposals = 0;
		Set<UUID> citationIds = new HashSet<>();
		for (RegisterDocument.IncidentEntry e : document.incidents()) {
			recording.add(newIncident(e), e.decision(), recorded(e.id(), e.recordedAt(), e.recordedBy()));
			for (RegisterDocument.CitationEntry c : e.citations()) {
				recording.addCitation(e.id(), c.fact(), c.stance(), c.publisher(), c.publishedOn(), c.title(), c.address(),
						recorded(keptCitationId(c.id(), citationIds), c.recordedAt(), c.recordedBy()));
				citations++;
			}
		}
		for (RegisterDocument.ForumEntry f : document.forums()) {
			dialogue.addForum(f.id(), f.name(), f.establishedOn(), f.participants(), f.classification());
			for (RegisterDocument.MeetingEntry m : f.meetings()) {
				dialogue.addMeeting(f.id(), m.heldOn(), m.level(), m.topics(), m.classification());
				meetings++;
			}
			for (RegisterDocument.ProposalEntry p : f.proposals()) {
				dialogue.addProposal(f.id(), p.proposedBy(), p.proposedOn(), p.awaiting(), p.topics(), p.status(),
						p.answeredOn(), p.classification());
				proposals++;
			}
		}
		return new Imported(document.incidents().size(), citations, document.forums().size(), meetings, proposals);
	}

	/**
	 * A citation's id as exported, unless a copy of a document already used it: nothing refers to a
	 * citation by its id, so it then gets a new one rather than refusing the copy.
	 */
	private UUID keptCitationId(UUID id, Set<UUID> taken) {
		return id != null && taken.add(id) && !incidents.citationExists(id) ? id : null;
	}

	/** As first recorded, if the document says when and by whom; else recorded now by the importer. */
	private static IncidentRecording.Recorded recorded(UUID id, OffsetDateTime at, String by) {
		return at == null || by == null || by.isBlank() ? null
				: new IncidentRecording.Recorded(id == null ? UUID.randomUUID() : id, at, by);
	}

	private static List<InvalidField> under(String path, List<InvalidField> invalid) {
		return invalid.stream().map(f -> new InvalidField(path + f.field(), f.problem(), f.rule(), f.arguments())).toList();
	}

	private static IncidentRecording.NewIncident newIncident(RegisterDocument.IncidentEntry e) {
		return new IncidentRecording.NewIncident(e.id(), e.kind(), e.title(), e.acting().trim(), e.affected().trim(),
				e.occurredOn(), e.deadlineToLeave(), e.grounds(), e.answers(), e.classification(), e.counts(), e.persons());
	}
}
