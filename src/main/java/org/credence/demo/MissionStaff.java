package org.credence.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.credence.registry.StaffCategory;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.AccreditationManagement;
import org.credence.registry.household.Households;
import org.credence.registry.household.Relation;
import org.credence.registry.person.Person;
import org.credence.registry.person.PersonRegistration;

/** A mission's staff as the registry learns of them: the person registered, the arrival notified, then approved. */
@Component
class MissionStaff {

	/** Positions in the order a mission fills them: most of its staff are diplomats, some technical and service staff. */
	private static final List<Position> POSITIONS = List.of(
			new Position(StaffCategory.DIPLOMATIC_AGENT, "Counsellor", "Political affairs"),
			new Position(StaffCategory.DIPLOMATIC_AGENT, "First Secretary", "Defence policy"),
			new Position(StaffCategory.ADMINISTRATIVE_TECHNICAL, "Attaché", "Communications"),
			new Position(StaffCategory.DIPLOMATIC_AGENT, "Second Secretary", "Press and information"),
			new Position(StaffCategory.DIPLOMATIC_AGENT, "Military Adviser", "Military cooperation"),
			new Position(StaffCategory.SERVICE_STAFF, "Driver", "Transport"));

	private record Position(StaffCategory category, String title, String function) {
	}

	private final PersonRegistration persons;

	private final AccreditationManagement accreditations;

	private final Households households;

	MissionStaff(PersonRegistration persons, AccreditationManagement accreditations, Households households) {
		this.households = households;
		this.persons = persons;
		this.accreditations = accreditations;
	}

	/** The request for the n-th member of a mission, arriving on that day; pending until decided. */
	Accreditation request(UUID mission, String nationality, InventedNames.Name name, int n, LocalDate arrival) {
		Person person = persons.register(name.nameNative(), name.nameLatin(), List.of(), birthYear(n), nationality,
				name.sex());
		Position position = POSITIONS.get(n % POSITIONS.size());
		return accreditations.notifyArrival(mission, person.id(), position.category(), position.title(),
				position.function(), arrival);
	}

	/** A member accredited from the day of arrival. */
	Accreditation member(UUID mission, String nationality, InventedNames.Name name, int n, LocalDate arrival) {
		return accreditations.approve(request(mission, nationality, name, n, arrival).id(), null, null, null);
	}

	/** A member of the principal's household, linked from that day and accredited from the arrival. */
	Accreditation householdMember(Accreditation principal, String nationality, InventedNames.Name name, Relation relation,
			LocalDate linkedFrom, String birthDate, LocalDate arrival) {
		Person person = persons.register(name.nameNative(), name.nameLatin(), List.of(), birthDate, nationality, name.sex());
		Households.Member member = households.add(principal.id(), person.id(), relation, linkedFrom, arrival, null);
		return accreditations.approve(member.accreditation().id(), null, null, null);
	}

	private static String birthYear(int n) {
		return String.valueOf(1962 + (n * 7) % 27);
	}
}
