package org.credence.registry.accreditation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.host.Host;
import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;
import org.credence.problem.ProblemKind;
import org.credence.registry.MissionStatus;
import org.credence.registry.RegistryProblems;
import org.credence.registry.StaffCategory;
import org.credence.registry.Vetting;
import org.credence.registry.accreditation.AccreditationEvent.Kind;
import org.credence.registry.mission.Mission;
import org.credence.registry.mission.Missions;
import org.credence.registry.mission.StatusChange;
import org.credence.registry.person.Acceptability;
import org.credence.registry.person.Person;
import org.credence.security.Actors;

/**
 * Notifications of arrival (VCDR art. 10) and the decision on each request; {@link Departures} for
 * how accreditations end. Every change that concerns a mission's positions locks the mission first,
 * so two decisions about the same mission never see the same free position.
 */
@Service
@NamedInterface("accreditation")
public class AccreditationManagement {

	private final Accreditations accreditations;

	private final Missions missions;

	private final MissionLocks locks;

	private final Staffing staffing;

	private final Acceptability acceptability;

	private final Host host;

	private final AccreditationLog log;

	private final Clock clock;

	private final Journal journal;

	private final Actors actors;

	private final Vetting vetting;

	private final ApplicationEventPublisher events;

	private final AccreditationTies ties;

	AccreditationManagement(Accreditations accreditations, Missions missions, MissionLocks locks,
			Staffing staffing, Acceptability acceptability, Vetting vetting, Host host, AccreditationLog log, Clock clock,
			Journal journal, Actors actors, ApplicationEventPublisher events, AccreditationTies ties) {
		this.ties = ties;
		this.vetting = vetting;
		this.events = events;
		this.actors = actors;
		this.accreditations = accreditations;
		this.missions = missions;
		this.locks = locks;
		this.staffing = staffing;
		this.acceptability = acceptability;
		this.host = host;
		this.log = log;
		this.clock = clock;
		this.journal = journal;
	}

	/** An accreditation with the person's record as the change read it, so that its answer need not read it again. */
	record WithPerson(Accreditation accreditation, Person person) {
	}

	/** An arrival notification is a request for accreditation from the day of arrival, which may be past. */
	@Transactional
	public Accreditation notifyArrival(UUID missionId, UUID personId, StaffCategory category, String title,
			String function, LocalDate arrivalDate) {
		return arrival(missionId, personId, category, title, function, arrivalDate).accreditation();
	}

	@Transactional
	WithPerson arrival(UUID missionId, UUID personId, StaffCategory category, String title, String function,
			LocalDate arrivalDate) {
		if (category == StaffCategory.FAMILY_MEMBER) {
			throw new ProblemException(ProblemKind.INVALID_INPUT,
					"A member of a household is notified with the principal's accreditation, as a member of their household.")
				.saying("family-member-alone")
				.with("errors", List.of(new InvalidField("category", "is notified as a member of a principal's household")
					.saying("household-only", Map.of())));
		}
		return untiedArrival(missionId, personId, category, title, function, arrivalDate);
	}

	/**
	 * A member of the principal's household (category FAMILY_MEMBER) or their private servant
	 * (PRIVATE_SERVANT) notified at the principal's mission, tied to the principal's accreditation: a
	 * household member's position starts no earlier than the principal's and ends with it.
	 */
	@Transactional
	public Accreditation notifyTiedArrival(UUID principalId, UUID personId, StaffCategory category, String title,
			String function, LocalDate arrivalDate) {
		if (category != StaffCategory.FAMILY_MEMBER && category != StaffCategory.PRIVATE_SERVANT) {
			throw new ProblemException(ProblemKind.INVALID_INPUT,
					"Only a member of a household or a private servant is tied to another member's accreditation.")
				.with("errors", List.of(new InvalidField("category", "must be FAMILY_MEMBER or PRIVATE_SERVANT")));
		}
		Accreditation principal = locks.lockAndRead(principalId);
		if (principal.personId().equals(personId)) {
			throw new ProblemException(ProblemKind.INVALID_INPUT, "A member cannot be tied to their own accreditation.")
				.with("errors", List.of(new InvalidField("personId", "must be another person than the principal")));
		}
		requireFollows(principal, true, host.startOf(arrivalDate), "arrivalDate");
		Accreditation request = untiedArrival(principal.missionId(), personId, category, title, function, arrivalDate)
			.accreditation();
		ties.tie(request.id(), principal.id());
		journal.append("accreditation.tied", "accreditation", request.id(),
				Map.of("principal", principal.id(), "category", category));
		return request;
	}

	/**
	 * A tied position needs its principal's to be held or requested and not ended; a household
	 * member's starts no earlier than the principal's. A request may wait for its principal's
	 * approval; an approval may not.
	 */
	private void requireFollows(Accreditation principal, boolean pending, OffsetDateTime start, String field) {
		if (principal.status() != AccreditationStatus.ACTIVE
				&& !(pending && principal.status() == AccreditationStatus.REQUESTED) || principal.end() != null) {
			throw new ProblemException(RegistryProblems.NOT_PENDING,
					"The principal's accreditation is " + principal.status() + " and takes no one with it.")
				.saying("principal-not-active")
				.with("accreditationStatus", principal.status());
		}
		OffsetDateTime principalStart = principal.start() == null ? principal.requestedStart() : principal.start();
		if (start.isBefore(principalStart)) {
			throw new ProblemException(RegistryProblems.INVALID_DATES, "The position would start on "
					+ host.describe(start) + ", before the principal's, on " + host.describe(principalStart) + ".")
				.saying("before-principal")
				.with("start", host.local(start))
				.with("principalStart", host.local(principalStart))
				.with("errors", List.of(new InvalidField(field, "must not be before " + host.describe(principalStart))
					.saying("not-before", Map.of("day", host.local(principalStart)))));
		}
	}

	private WithPerson untiedArrival(UUID missionId, UUID personId, StaffCategory category, String title, String function,
			LocalDate arrivalDate) {
		Mission mission = missions.lock(missionId);
		OffsetDateTime start = host.startOf(arrivalDate);
		// Locked too: the pending-request check below must see a request for another mission made at the same time.
		Acceptability.Candidate candidate = acceptability.lockCandidate(personId, start);
		Person person = candidate.person();
		requireActive(mission, start);
		acceptability.requireAcceptable(candidate, start);
		List<Accreditation> heldOrPending = accreditations.heldFromOrPending(personId, start);
		requireFree(person, start,
				heldOrPending.stream().filter(a -> a.status() != AccreditationStatus.REQUESTED).toList());
		List<Accreditation> pending = heldOrPending.stream()
			.filter(a -> a.status() == AccreditationStatus.REQUESTED)
			.toList();
		if (!pending.isEmpty()) {
			requireVisible(person, pending.get(0));
			throw new ProblemException(RegistryProblems.ONE_PERSON_ONE_POSITION,
					person.nameLatin() + " already has a pending request (" + pending.get(0).id() + ").")
				.saying("pending")
				.with("accreditation", pending.get(0).id())
				.with("personName", person.nameLatin());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		Accreditation request = Accreditation.request(personId, missionId, category, title.trim(), function.trim(), start,
				now);
		log.add(request, Kind.REQUESTED, start, null);
		journal.append("accreditation.requested", "accreditation", request.id(), request);
		events.publishEvent(new ArrivalNotified(request, person));
		return new WithPerson(request, person);
	}

	@Transactional
	public Accreditation approve(UUID accreditationId, LocalDate startDate, String credentialNumber,
			LocalDate credentialExpiresOn) {
		return approval(accreditationId, startDate, credentialNumber, credentialExpiresOn).accreditation();
	}

	@Transactional
	WithPerson approval(UUID accreditationId, LocalDate startDate, String credentialNumber,
			LocalDate credentialExpiresOn) {
		MissionLocks.Locked locked = locks.lock(accreditationId);
		Accreditation request = pending(locked.accreditation());
		Mission mission = locked.mission();
		OffsetDateTime start = startDate == null ? request.requestedStart() : host.startOf(startDate);
		OffsetDateTime expires = host.startOf(credentialExpiresOn);
		if (expires != null && !expires.isAfter(start)) {
			throw new ProblemException(RegistryProblems.INVALID_DATES,
					"The credential would expire on " + credentialExpiresOn + ", before the accreditation starts on "
							+ host.describe(start) + ".")
				.saying("credential-before-start")
				.with("credentialExpiresOn", credentialExpiresOn)
				.with("start", host.local(start))
				.with("errors", List.of(new InvalidField("credentialExpiresOn", "must be after " + host.describe(start))
					.saying("after", Map.of("day", host.local(start)))));
		}
		requireActive(mission, start);
		// Only household members and private servants are tied to another accreditation.
		Optional<UUID> principal = request.category() == StaffCategory.FAMILY_MEMBER
				|| request.category() == StaffCategory.PRIVATE_SERVANT ? ties.principalOf(request.id()) : Optional.empty();
		if (principal.isPresent()) {
			requireFollows(accreditations.get(principal.get()), false, start, "startDate");
		}
		// Locked like a notification, so that a declaration made at the same time is seen.
		Acceptability.Candidate candidate = acceptability.lockCandidate(request.personId(), start);
		Person person = candidate.person();
		acceptability.requireAcceptable(candidate, start);
		vetting.requireClear(person);
		requireFree(person, start, accreditations.heldOverlapping(person.id(), start, null));
		staffing.wouldExceed(mission.id(), request.category(), start)
			.ifPresent(reason -> {
				throw new ProblemException(RegistryProblems.CEILING_EXCEEDED,
						"The request cannot be approved: " + reason.words(host) + ".")
					.saying(reason.category() == null ? "total" : "category")
					.with("rule", "VCDR art. 11: ceiling")
					.with("ceiling", reason.ceiling())
					.with("category", reason.category())
					.with("effectiveFrom", host.local(reason.effectiveFrom()))
					.with("held", reason.held())
					.with("heldOn", host.local(reason.at()));
			});
		Accreditation approved = request.approved(start, blankToNull(credentialNumber), expires);
		try {
			log.change(approved, Kind.APPROVED, OffsetDateTime.now(clock), null);
		}
		catch (DataIntegrityViolationException e) {
			throw conflict(e);
		}
		journal.append("accreditation.approved", "accreditation", approved.id(),
				Map.of("before", request, "after", approved));
		return new WithPerson(approved, person);
	}

	@Transactional
	public Accreditation refuse(UUID accreditationId, String reason) {
		Accreditation request = lockedRequest(accreditationId);
		Accreditation refused = request.refused();
		log.change(refused, Kind.REFUSED, OffsetDateTime.now(clock), reason);
		journal.append("accreditation.refused", "accreditation", refused.id(),
				Map.of("before", request, "after", refused, "reason", Optional.ofNullable(reason)));
		return refused;
	}

	private Accreditation lockedRequest(UUID accreditationId) {
		return pending(locks.lockAndRead(accreditationId));
	}

	private static Accreditation pending(Accreditation request) {
		if (request.status() != AccreditationStatus.REQUESTED) {
			throw new ProblemException(RegistryProblems.NOT_PENDING,
					"The request has already been decided: it is " + request.status() + ".")
				.saying("request-decided")
				.with("accreditationStatus", request.status());
		}
		return request;
	}

	/** Refused with since when the mission is in the status that refuses, not the day the refusal was checked. */
	private void requireActive(Mission mission, OffsetDateTime start) {
		// The history read once answers for both instants: a mission changes status a handful of times.
		List<StatusChange> history = missions.statusHistory(mission.id());
		for (OffsetDateTime at : List.of(start, OffsetDateTime.now(clock))) {
			StatusChange change = history.stream()
				.filter(c -> !c.effectiveFrom().isAfter(at))
				.max(Comparator.comparing(StatusChange::effectiveFrom))
				.orElse(null);
			if (change == null) {
				ProblemException refusal = new ProblemException(RegistryProblems.MISSION_NOT_ACTIVE, mission.name()
						+ " is not yet established on " + host.describe(at) + firstDay(history)
						+ " and takes no new accreditations.")
					.with("missionStatus", "NOT_ESTABLISHED")
					.with("missionName", mission.name())
					.with("on", host.local(at));
				if (!history.isEmpty()) {
					refusal.saying("established-later").with("establishedFrom", history.get(0).effectiveFrom());
				}
				throw refusal;
			}
			if (change.status() != MissionStatus.ACTIVE) {
				throw new ProblemException(RegistryProblems.MISSION_NOT_ACTIVE, mission.name() + " has been "
						+ change.status().name().toLowerCase() + " since " + host.describe(change.effectiveFrom())
						+ " and takes no new accreditations.")
					.saying("since")
					.with("missionStatus", change.status().name())
					.with("missionName", mission.name())
					.with("missionStatusSince", change.effectiveFrom());
			}
		}
	}

	private String firstDay(List<StatusChange> history) {
		return history.isEmpty() ? "" : " (it is established from " + host.describe(history.get(0).effectiveFrom()) + ")";
	}

	/** @param held the person's held accreditations that overlap the time from {@code start} on */
	private void requireFree(Person person, OffsetDateTime start, List<Accreditation> held) {
		if (!held.isEmpty()) {
			Accreditation other = held.get(0);
			requireVisible(person, other);
			throw new ProblemException(RegistryProblems.ONE_PERSON_ONE_POSITION, person.nameLatin()
					+ " holds a position at " + missions.find(other.missionId()).map(Mission::name).orElse("another mission") + " from "
					+ host.describe(other.start()) + (other.end() == null ? "" : " until " + host.describe(other.end()))
					+ ", which overlaps a position from " + host.describe(start) + ".")
				.saying("overlap")
				.with("accreditation", other.id())
				.with("personName", person.nameLatin())
				.with("otherMission", missions.find(other.missionId()).map(Mission::name).orElse(""))
				.with("otherStart", host.local(other.start()))
				.with("start", host.local(start));
		}
	}

	/**
	 * A caller scoped to one mission learns that the person is taken, which they need to know, but not
	 * where or since when: another mission's accreditations must look to them as if they did not exist.
	 */
	private void requireVisible(Person person, Accreditation elsewhere) {
		if (actors.missionScope().filter(own -> !own.equals(elsewhere.missionId())).isPresent()) {
			throw new ProblemException(RegistryProblems.ONE_PERSON_ONE_POSITION, person.nameLatin()
					+ " holds a position or has a pending request at another mission, and cannot be accredited to this one.")
				.saying("elsewhere")
				.with("personName", person.nameLatin());
		}
	}

	private ProblemException conflict(DataIntegrityViolationException e) {
		String message = String.valueOf(e.getMostSpecificCause().getMessage());
		if (message.contains("accreditation_one_position")) {
			return new ProblemException(RegistryProblems.ONE_PERSON_ONE_POSITION,
					"The person was accredited elsewhere for an overlapping period at the same time.").saying("concurrent");
		}
		if (message.contains("credential_number")) {
			return new ProblemException(RegistryProblems.DUPLICATE, "That credential number is already issued.")
				.saying("credential-number")
				.with("errors", List.of(new InvalidField("credentialNumber", "is already issued to another accreditation")));
		}
		return new ProblemException(ProblemKind.CONFLICT, "The change conflicts with another record.");
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
