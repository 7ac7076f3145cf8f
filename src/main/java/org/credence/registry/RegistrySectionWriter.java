package org.credence.registry;

import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.credence.registry.RegistrySection.AccreditationEntry;
import org.credence.registry.RegistrySection.CeilingEntry;
import org.credence.registry.RegistrySection.EventEntry;
import org.credence.registry.RegistrySection.MissionEntry;
import org.credence.registry.RegistrySection.PersonEntry;

/**
 * Writes a checked section as it is, row for row: ids, instants and who recorded what are the
 * document's, not the importer's, since they are the registry's record of what it knew when.
 */
@Component
class RegistrySectionWriter {

	private final JdbcClient jdbc;

	RegistrySectionWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void write(RegistrySection section) {
		section.missions().forEach(this::mission);
		section.persons().forEach(this::person);
		section.accreditations().forEach(this::accreditation);
		// Events keep their numbers, and are written in their order, which readers keep for events of one
		// instant; the sequence goes on after them.
		section.accreditations().stream()
			.flatMap(a -> a.events().stream().map(e -> Map.entry(a.id(), e)))
			.sorted(Comparator.comparing(e -> e.getValue().id()))
			.forEach(e -> event(e.getKey(), e.getValue()));
		jdbc.sql("select setval(pg_get_serial_sequence('accreditation_event', 'id'), "
				+ "coalesce((select max(id) from accreditation_event), 0) + 1, false)").query().singleRow();
		section.appliedDecisions().forEach(d -> jdbc.sql("""
				insert into decision_record (decision_id, mission_id, person_id, effective_at, authority, summary,
				                             recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.decisionId(), d.missionId(), d.personId(), d.effectiveAt(), d.authority(), d.summary(),
					d.recordedAt(), d.recordedBy())
			.update());
	}

	private void mission(MissionEntry m) {
		jdbc.sql("insert into mission (id, sending_state, name, kind, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?)")
			.params(m.id(), m.sendingState(), m.name(), m.kind().name(), m.recordedAt(), m.recordedBy())
			.update();
		m.statuses().forEach(s -> jdbc.sql("""
				insert into mission_status (mission_id, effective_from, status, reason, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(m.id(), s.effectiveFrom(), s.status().name(), s.reason(), s.recordedAt(), s.recordedBy())
			.update());
		for (CeilingEntry c : m.ceilings()) {
			jdbc.sql("""
					insert into ceiling (id, mission_id, effective_from, total, reason, recorded_at, recorded_by)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(c.id(), m.id(), c.effectiveFrom(), c.total(), c.reason(), c.recordedAt(), c.recordedBy())
				.update();
			for (Map.Entry<StaffCategory, Integer> limit : c.categories().entrySet()) {
				jdbc.sql("insert into ceiling_category (ceiling_id, category, max_positions) values (?, ?, ?)")
					.params(c.id(), limit.getKey().name(), limit.getValue())
					.update();
			}
		}
	}

	private void person(PersonEntry p) {
		jdbc.sql("""
				insert into person (id, name_native, name_latin, birth_year, birth_month, birth_day, nationality, sex,
				                    recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id(), p.nameNative(), p.nameLatin(), p.birthYear(), p.birthMonth(), p.birthDay(), p.nationality(),
					p.sex().name(), p.recordedAt(), p.recordedBy())
			.update();
		for (int i = 0; i < p.otherNames().size(); i++) {
			jdbc.sql("insert into person_other_name (person_id, position, name) values (?, ?, ?)")
				.params(p.id(), i, p.otherNames().get(i))
				.update();
		}
		p.notAcceptable().forEach(d -> jdbc.sql("""
				insert into person_not_acceptable (id, person_id, declared_from, reason, recorded_at, recorded_by,
				                                   lifted_at, lift_reason, lift_recorded_at, lift_recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), p.id(), d.declaredFrom(), d.reason(), d.recordedAt(), d.recordedBy(), d.liftedAt(),
					d.liftReason(), d.liftRecordedAt(), d.liftRecordedBy())
			.update());
	}

	private void accreditation(AccreditationEntry a) {
		jdbc.sql("""
				insert into accreditation (id, person_id, mission_id, category, title, function, requested_start, start_at,
				                           end_at, status, credential_number, credential_expires, departure_deadline,
				                           departed_on, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.personId(), a.missionId(), a.category().name(), a.title(), a.function(), a.requestedStart(),
					a.startAt(), a.endAt(), a.status().name(), a.credentialNumber(), a.credentialExpires(),
					a.departureDeadline(), a.departedOn(), a.recordedAt())
			.update();
	}

	private void event(UUID accreditation, EventEntry e) {
		jdbc.sql("""
				insert into accreditation_event (id, accreditation_id, kind, occurred_at, reason, recorded_at, recorded_by)
				overriding system value values (?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), accreditation, e.kind().name(), e.occurredAt(), e.reason(), e.recordedAt(), e.recordedBy())
			.update();
	}
}
