package org.credence.registry.history;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.security.Actors;

/**
 * The decisions that took effect, kept by the registry for the histories of the missions and persons
 * they concern. The decisions module writes them when it applies a decision, in the same transaction;
 * the registry needs to know nothing else of decisions.
 */
@Service
public class AppliedDecisions {

	/** The longest summary kept: a history shows an excerpt; the decision itself has the full grounds. */
	static final int SUMMARY_LENGTH = 300;

	private static final String AS_HISTORY = """
			select r.effective_at as occurred_at, r.recorded_at, r.recorded_by, 'DECISION_APPLIED' as kind,
			       r.mission_id, m.name as mission_name, r.person_id, p.name_latin as person_name,
			       null::uuid as accreditation_id, r.authority as detail, r.summary as reason, r.decision_id
			from decision_record r
			left join mission m on m.id = r.mission_id
			left join person p on p.id = r.person_id""";

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Clock clock;

	private final Journal journal;

	AppliedDecisions(JdbcClient jdbc, Actors actors, Clock clock, Journal journal) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.clock = clock;
		this.journal = journal;
	}

	@Transactional
	public void record(AppliedDecision decision) {
		String summary = excerpt(decision.summary());
		OffsetDateTime now = OffsetDateTime.now(clock);
		decision.missionIds().forEach(mission -> insert(decision, summary, mission, null, now));
		decision.personIds().forEach(person -> insert(decision, summary, null, person, now));
		journal.append("registry.decision-recorded", "decision", decision.decisionId(), decision);
	}

	/** The decisions that concern the mission, as entries of its history. */
	List<HistoryEntry> aboutMission(UUID missionId) {
		return about("r.mission_id = ?", missionId);
	}

	/** The decisions that concern the person, as entries of their history. */
	List<HistoryEntry> aboutPerson(UUID personId) {
		return about("r.person_id = ?", personId);
	}

	private List<HistoryEntry> about(String condition, UUID id) {
		return jdbc.sql(AS_HISTORY + " where " + condition)
			.param(id)
			.query(RegistryHistory::entry)
			.list();
	}

	private void insert(AppliedDecision decision, String summary, UUID mission, UUID person, OffsetDateTime now) {
		jdbc.sql("""
				insert into decision_record (decision_id, mission_id, person_id, effective_at, authority, summary,
				                             recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(decision.decisionId(), mission, person, decision.effectiveAt(), decision.authority(), summary, now,
					actors.current())
			.update();
	}

	private static String excerpt(String text) {
		String flat = text.strip().replaceAll("\\s+", " ");
		return flat.length() <= SUMMARY_LENGTH ? flat : flat.substring(0, SUMMARY_LENGTH - 1) + "…";
	}
}
