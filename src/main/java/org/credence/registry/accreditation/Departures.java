package org.credence.registry.accreditation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.host.Host;
import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;
import org.credence.registry.RegistryProblems;
import org.credence.registry.StaffCategory;
import org.credence.registry.accreditation.AccreditationEvent.Kind;

/**
 * How accreditations end: by the mission's notification of a final departure, or by the receiving
 * party's withdrawal, after which the person must leave by a deadline and their departure is
 * confirmed. The members of a principal's household end with the principal, in the same transaction. Each locks the mission first ({@link MissionLocks}), as every change to its positions does.
 */
@Service
@NamedInterface("accreditation")
public class Departures {

	private final MissionLocks locks;

	private final AccreditationLog log;

	private final Host host;

	private final Clock clock;

	private final Journal journal;

	private final AccreditationTies ties;

	Departures(MissionLocks locks, AccreditationLog log, Host host, Clock clock, Journal journal,
			AccreditationTies ties) {
		this.ties = ties;
		this.locks = locks;
		this.log = log;
		this.host = host;
		this.clock = clock;
		this.journal = journal;
	}

	/** The final departure ends the accreditation on that day; the notification may come late. */
	@Transactional
	public Accreditation notifyDeparture(UUID accreditationId, LocalDate departureDate, String reason) {
		Accreditation accreditation = locks.lockAndRead(accreditationId);
		if (accreditation.status() != AccreditationStatus.ACTIVE) {
			throw new ProblemException(RegistryProblems.NOT_PENDING,
					"Only an active accreditation can end by departure; this one is " + accreditation.status() + ".")
				.saying("departure-not-active")
				.with("accreditationStatus", accreditation.status());
		}
		OffsetDateTime end = host.startOf(departureDate);
		if (!end.isAfter(accreditation.start())) {
			throw new ProblemException(RegistryProblems.INVALID_DATES, "The departure on " + departureDate
					+ " would come before the accreditation started on " + host.describe(accreditation.start()) + ".")
				.saying("departure-before-start")
				.with("departureDate", departureDate)
				.with("start", host.local(accreditation.start()))
				.with("errors", List.of(new InvalidField("departureDate", "must be after " + host.describe(accreditation.start()))
					.saying("after", Map.of("day", host.local(accreditation.start())))));
		}
		Accreditation ended = depart(accreditation, end, reason);
		for (Accreditation member : household(accreditation, end)) {
			depart(member, end, reason);
		}
		return ended;
	}

	private Accreditation depart(Accreditation accreditation, OffsetDateTime end, String reason) {
		Accreditation ended = accreditation.departureNotified(end);
		log.change(ended, Kind.DEPARTURE_NOTIFIED, end, reason);
		journal.append("accreditation.departure-notified", "accreditation", ended.id(),
				Map.of("before", accreditation, "after", ended, "reason", Optional.ofNullable(reason)));
		return ended;
	}

	/**
	 * The household's active positions, which end with the principal's at the same instant. One that
	 * would begin only after it is refused rather than ended before it starts: the mission ends it first.
	 */
	private List<Accreditation> household(Accreditation principal, OffsetDateTime end) {
		List<Accreditation> members = ties.activeHousehold(principal.id()).stream().map(locks::lockAndRead).toList();
		for (Accreditation member : members) {
			if (!end.isAfter(member.start())) {
				throw new ProblemException(RegistryProblems.INVALID_DATES, "A member of the household holds a position from "
						+ host.describe(member.start()) + ", which would end before it starts; end it first.")
					.saying("household-after-end")
					.with("accreditation", member.id())
					.with("start", host.local(member.start()));
			}
		}
		return members;
	}

	/**
	 * The receiving party withdraws an active accreditation: it ends at the effective instant, and the
	 * person must have left by the deadline (a "reasonable period", VCDR art. 9).
	 */
	@Transactional
	public Accreditation withdraw(UUID accreditationId, OffsetDateTime effective, LocalDate departureDeadline,
			String reason) {
		Accreditation accreditation = locks.lockAndRead(accreditationId);
		if (endedWithPrincipal(accreditation, effective, departureDeadline)) {
			// A decision naming a principal and a member of their household: the principal's act ended both already.
			return accreditation;
		}
		if (accreditation.status() != AccreditationStatus.ACTIVE) {
			throw new ProblemException(RegistryProblems.NOT_PENDING,
					"Only an active accreditation can be withdrawn; this one is " + accreditation.status() + ".")
				.saying("withdrawal-not-active")
				.with("accreditationStatus", accreditation.status());
		}
		if (!effective.isAfter(accreditation.start())) {
			throw new ProblemException(RegistryProblems.INVALID_DATES, "The withdrawal on " + host.describe(effective)
					+ " would come before the accreditation started on " + host.describe(accreditation.start()) + ".")
				.saying("withdrawal-before-start")
				.with("effective", host.local(effective))
				.with("start", host.local(accreditation.start()));
		}
		Accreditation withdrawn = withdrawOne(accreditation, effective, departureDeadline, reason);
		// The household's accreditations follow the principal's: same instant, same deadline.
		for (Accreditation member : household(accreditation, effective)) {
			withdrawOne(member, effective, departureDeadline, reason);
		}
		return withdrawn;
	}

	private boolean endedWithPrincipal(Accreditation accreditation, OffsetDateTime effective, LocalDate deadline) {
		return accreditation.status() == AccreditationStatus.WITHDRAWN && accreditation.end().isEqual(effective)
				&& Objects.equals(accreditation.departureDeadline(), deadline)
				&& accreditation.category() == StaffCategory.FAMILY_MEMBER
				&& ties.principalOf(accreditation.id()).isPresent();
	}

	private Accreditation withdrawOne(Accreditation accreditation, OffsetDateTime effective,
			LocalDate departureDeadline, String reason) {
		Accreditation withdrawn = accreditation.withdrawn(effective, departureDeadline);
		log.change(withdrawn, Kind.WITHDRAWN, effective, reason);
		journal.append("accreditation.withdrawn", "accreditation", withdrawn.id(),
				Map.of("before", accreditation, "after", withdrawn, "reason", Optional.ofNullable(reason)));
		return withdrawn;
	}

	/** The mission or a protocol officer confirms that a withdrawn person left, on that day: no longer overdue. */
	@Transactional
	public Accreditation confirmDeparture(UUID accreditationId, LocalDate departedOn) {
		Accreditation withdrawn = locks.lockAndRead(accreditationId);
		if (withdrawn.status() != AccreditationStatus.WITHDRAWN || withdrawn.departedOn() != null) {
			throw new ProblemException(RegistryProblems.NOT_PENDING, withdrawn.departedOn() != null
					? "The departure was already confirmed, on " + withdrawn.departedOn() + "."
					: "Only the departure of a withdrawn accreditation is confirmed; this one is " + withdrawn.status() + ".")
				.saying(withdrawn.departedOn() != null ? "departure-confirmed" : "not-withdrawn")
				.with("departedOn", withdrawn.departedOn())
				.with("accreditationStatus", withdrawn.status());
		}
		LocalDate today = host.localDate(OffsetDateTime.now(clock));
		if (departedOn.isAfter(today)) {
			throw new ProblemException(RegistryProblems.INVALID_DATES, "A departure on " + departedOn
					+ " cannot be confirmed before it happens; today is " + today + ".")
				.saying("departure-to-come")
				.with("departedOn", departedOn)
				.with("today", today)
				.with("errors", List.of(new InvalidField("departedOn", "must not be after " + today)
					.saying("not-after", Map.of("day", today))));
		}
		Accreditation departed = withdrawn.departed(departedOn);
		log.change(departed, Kind.DEPARTURE_CONFIRMED, host.startOf(departedOn), null);
		journal.append("accreditation.departure-confirmed", "accreditation", departed.id(),
				Map.of("before", withdrawn, "after", departed));
		return departed;
	}
}
