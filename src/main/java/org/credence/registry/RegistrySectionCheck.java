package org.credence.registry;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.credence.problem.InvalidField;
import org.credence.registry.RegistrySection.AccreditationEntry;
import org.credence.registry.RegistrySection.AppliedDecisionEntry;
import org.credence.registry.RegistrySection.PersonEntry;
import org.credence.registry.accreditation.AccreditationStatus;

/**
 * The rules a section must keep beyond its shape: each id once, every reference to a record of the
 * document, states the registry knows, and an accreditation's dates as its status requires.
 */
@Component
class RegistrySectionCheck {

	private static final Set<AccreditationStatus> HELD = EnumSet.of(AccreditationStatus.ACTIVE, AccreditationStatus.ENDED,
			AccreditationStatus.WITHDRAWN);

	private final JdbcClient jdbc;

	RegistrySectionCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<InvalidField> check(RegistrySection section, String path) {
		List<InvalidField> invalid = new ArrayList<>();
		Set<String> states = new HashSet<>(jdbc.sql("select code from state").query(String.class).list());
		Set<Object> ids = new HashSet<>();
		for (int i = 0; i < section.missions().size(); i++) {
			String at = path + "missions[" + i + "].";
			RegistrySection.MissionEntry m = section.missions().get(i);
			once(ids, m.id(), at + "id", invalid);
			known(states, m.sendingState(), at + "sendingState", invalid);
			for (int c = 0; c < m.ceilings().size(); c++) {
				once(ids, m.ceilings().get(c).id(), at + "ceilings[" + c + "].id", invalid);
			}
		}
		for (int i = 0; i < section.persons().size(); i++) {
			person(section.persons().get(i), path + "persons[" + i + "].", states, ids, invalid);
		}
		Set<UUID> missions = section.missionIds();
		Set<UUID> persons = section.personIds();
		Set<String> credentials = new HashSet<>();
		Set<Long> events = new HashSet<>();
		for (int i = 0; i < section.accreditations().size(); i++) {
			String at = path + "accreditations[" + i + "].";
			AccreditationEntry a = section.accreditations().get(i);
			once(ids, a.id(), at + "id", invalid);
			refers(missions, a.missionId(), at + "missionId", "a mission", invalid);
			refers(persons, a.personId(), at + "personId", "a person", invalid);
			if (a.credentialNumber() != null && !credentials.add(a.credentialNumber())) {
				invalid.add(new InvalidField(at + "credentialNumber", "is the number of an earlier credential of the document"));
			}
			dates(a, at, invalid);
			for (int e = 0; e < a.events().size(); e++) {
				if (!events.add(a.events().get(e).id())) {
					invalid.add(new InvalidField(at + "events[" + e + "].id", "is the id of an earlier event of the document"));
				}
			}
		}
		for (int i = 0; i < section.appliedDecisions().size(); i++) {
			String at = path + "appliedDecisions[" + i + "].";
			AppliedDecisionEntry d = section.appliedDecisions().get(i);
			if ((d.missionId() == null) == (d.personId() == null)) {
				invalid.add(new InvalidField(at + "missionId", "must be given, or else personId, not both"));
			}
			if (d.missionId() != null) {
				refers(missions, d.missionId(), at + "missionId", "a mission", invalid);
			}
			if (d.personId() != null) {
				refers(persons, d.personId(), at + "personId", "a person", invalid);
			}
		}
		return invalid;
	}

	private static void person(PersonEntry p, String at, Set<String> states, Set<Object> ids, List<InvalidField> invalid) {
		once(ids, p.id(), at + "id", invalid);
		known(states, p.nationality(), at + "nationality", invalid);
		if (p.birthMonth() != null && p.birthYear() == null) {
			invalid.add(new InvalidField(at + "birthYear", "must be given with birthMonth"));
		}
		if (p.birthDay() != null && p.birthMonth() == null) {
			invalid.add(new InvalidField(at + "birthMonth", "must be given with birthDay"));
		}
		for (int d = 0; d < p.notAcceptable().size(); d++) {
			RegistrySection.NotAcceptableEntry n = p.notAcceptable().get(d);
			String here = at + "notAcceptable[" + d + "].";
			once(ids, n.id(), here + "id", invalid);
			if ((n.liftedAt() == null) != (n.liftRecordedAt() == null) || (n.liftedAt() == null) != (n.liftRecordedBy() == null)) {
				invalid.add(new InvalidField(here + "liftedAt", "must be given with liftRecordedAt and liftRecordedBy, or none"));
			}
			else if (n.liftedAt() != null && !n.liftedAt().isAfter(n.declaredFrom())) {
				invalid.add(new InvalidField(here + "liftedAt", "must be after declaredFrom"));
			}
		}
	}

	private static void dates(AccreditationEntry a, String at, List<InvalidField> invalid) {
		if (HELD.contains(a.status()) && a.startAt() == null) {
			invalid.add(new InvalidField(at + "startAt", "must be given for an accreditation " + a.status()));
		}
		if ((a.status() == AccreditationStatus.ENDED || a.status() == AccreditationStatus.WITHDRAWN) && a.endAt() == null) {
			invalid.add(new InvalidField(at + "endAt", "must be given for an accreditation " + a.status()));
		}
		if (a.endAt() != null && a.startAt() != null && !a.endAt().isAfter(a.startAt())) {
			invalid.add(new InvalidField(at + "endAt", "must be after startAt"));
		}
		if (a.status() != AccreditationStatus.WITHDRAWN && (a.departureDeadline() != null || a.departedOn() != null)) {
			invalid.add(new InvalidField(at + "departureDeadline", "only a WITHDRAWN accreditation has a departure deadline or date"));
		}
	}

	private static void once(Set<Object> ids, Object id, String field, List<InvalidField> invalid) {
		if (!ids.add(id)) {
			invalid.add(new InvalidField(field, "is the id of an earlier record of the document"));
		}
	}

	private static void known(Set<String> states, String code, String field, List<InvalidField> invalid) {
		if (!states.contains(code)) {
			invalid.add(new InvalidField(field, "is not an ISO 3166-1 alpha-3 state the registry knows"));
		}
	}

	private static void refers(Set<UUID> ids, UUID id, String field, String what, List<InvalidField> invalid) {
		if (!ids.contains(id)) {
			invalid.add(new InvalidField(field, "is not " + what + " of the document"));
		}
	}
}
