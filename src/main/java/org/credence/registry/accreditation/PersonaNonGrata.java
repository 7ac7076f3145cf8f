package org.credence.registry.accreditation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.host.Host;
import org.credence.problem.ProblemException;
import org.credence.registry.RegistryProblems;
import org.credence.registry.mission.Missions;
import org.credence.registry.person.Acceptability;
import org.credence.registry.person.NotAcceptable;

/**
 * Declaring a person not acceptable and its effect on the positions they hold: an active
 * accreditation is withdrawn at the instant of the declaration, and the person must leave by the
 * departure deadline (VCDR art. 9, "a reasonable period"). Pending requests stay pending, but
 * cannot be approved while the declaration stands.
 */
@Service
@NamedInterface("accreditation")
public class PersonaNonGrata {

	private final Acceptability acceptability;

	private final Accreditations accreditations;

	private final Departures departures;

	private final Missions missions;

	private final Host host;

	PersonaNonGrata(Acceptability acceptability, Accreditations accreditations, Departures departures,
			Missions missions, Host host) {
		this.missions = missions;
		this.acceptability = acceptability;
		this.accreditations = accreditations;
		this.departures = departures;
		this.host = host;
	}

	/**
	 * The person is not acceptable from that instant; a position they hold then is withdrawn, with the
	 * departure deadline given or, if none was, the day of the declaration.
	 */
	@Transactional
	public NotAcceptable declare(UUID personId, OffsetDateTime from, LocalDate departureDeadline, String reason) {
		// Missions first, then the person: the order in which a request takes its locks.
		accreditations.heldOverlapping(personId, from, null).forEach(held -> missions.lock(held.missionId()));
		NotAcceptable declaration = acceptability.declare(personId, from, reason);
		for (Accreditation held : accreditations.heldOverlapping(personId, from, null)) {
			if (held.status() != AccreditationStatus.ACTIVE) {
				continue;
			}
			if (!held.start().isBefore(from)) {
				// Withdrawing a position before it begins is not a thing the registry records.
				throw new ProblemException(RegistryProblems.INVALID_DATES, "The person holds a position from "
						+ host.describe(held.start()) + ", after the declaration; end it first.")
					.saying("held-after-declaration")
					.with("accreditation", held.id())
					.with("start", host.local(held.start()));
			}
			departures.withdraw(held.id(), from, departureDeadline == null ? host.localDate(from) : departureDeadline,
					reason);
		}
		return declaration;
	}

	/** The person may be accredited again from that instant on. */
	@Transactional
	public NotAcceptable lift(UUID personId, OffsetDateTime at, String reason) {
		return acceptability.lift(personId, at, reason);
	}
}
