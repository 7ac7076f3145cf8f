package org.credence.decisions;

import java.util.Comparator;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.credence.decisions.DecisionsSection.ActEntry;
import org.credence.decisions.DecisionsSection.DecisionEntry;
import org.credence.registry.StaffCategory;

/** Writes a checked section as recorded, then sets the reference counters past the numbers given. */
@Component
class DecisionsSectionWriter {

	private final JdbcClient jdbc;

	DecisionsSectionWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void write(DecisionsSection section) {
		// A revision names the version it replaces, which must be written first.
		section.decisions().stream().sorted(Comparator.comparing(DecisionEntry::version)).forEach(this::decision);
		jdbc.sql("""
				insert into decision_reference_counter (authority, reference_year, last_number)
				select authority, reference_year, max(reference_number) from decision group by authority, reference_year""")
			.update();
	}

	private void decision(DecisionEntry d) {
		jdbc.sql("""
				insert into decision (id, authority, status, grounds, classification, effective_at, proposed_by, drafted_at,
				                      circulated_on, deadline, decided_at, signed_by, applied_at, application_problem,
				                      replaces, version, reference_year, reference_number)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), d.authority().name(), d.status().name(), d.grounds(), d.classification(), d.effectiveAt(),
					d.proposedBy(), d.draftedAt(), d.circulatedOn(), d.deadline(), d.decidedAt(), d.signedBy(), d.appliedAt(),
					d.applicationProblem(), d.replaces(), d.version(), d.referenceYear(), d.referenceNumber())
			.update();
		// Positions count from 1, as when drafted.
		for (int position = 1; position <= d.acts().size(); position++) {
			ActEntry act = d.acts().get(position - 1);
			jdbc.sql("""
					insert into decision_act (decision_id, position, kind, accreditation_id, mission_id, person_id, total,
					                          departure_deadline)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(d.id(), position, act.kind().name(), act.accreditationId(), act.missionId(), act.personId(),
						act.total(), act.departureDeadline())
				.update();
			for (Map.Entry<StaffCategory, Integer> limit : act.categories().entrySet()) {
				jdbc.sql("insert into decision_act_category (decision_id, position, category, max_positions) values (?, ?, ?, ?)")
					.params(d.id(), position, limit.getKey().name(), limit.getValue())
					.update();
			}
		}
		d.members().forEach(m -> jdbc.sql("""
				insert into decision_member (decision_id, state, answer, statement, answered_at, answered_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(d.id(), m.state(), m.answer() == null ? null : m.answer().name(), m.statement(), m.answeredAt(),
					m.answeredBy())
			.update());
		for (int position = 1; position <= d.incidents().size(); position++) {
			jdbc.sql("insert into decision_incident (decision_id, incident_id, position) values (?, ?, ?)")
				.params(d.id(), d.incidents().get(position - 1), position)
				.update();
		}
	}
}
