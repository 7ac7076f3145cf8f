package org.credence.registry.mission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.host.Host;
import org.credence.host.States;
import org.credence.problem.PlausibleDates;
import org.credence.problem.ProblemException;
import org.credence.registry.MeasuresDecidedElsewhere;
import org.credence.registry.MissionStatus;
import org.credence.registry.RegistryProblems;
import org.credence.registry.StaffCategory;
import org.credence.security.Actors;

/** Establishing missions, changing their status and setting their ceilings. */
@Service
@NamedInterface("mission")
public class MissionManagement {

	private final Missions missions;

	private final Ceilings ceilings;

	private final States states;

	private final Host host;

	private final Actors actors;

	private final Clock clock;

	private final Journal journal;

	private final MeasuresDecidedElsewhere elsewhere;

	private final MissionContacts contacts;

	MissionManagement(Missions missions, Ceilings ceilings, States states, Host host, Actors actors, Clock clock,
			Journal journal, MeasuresDecidedElsewhere elsewhere, MissionContacts contacts) {
		this.contacts = contacts;
		this.elsewhere = elsewhere;
		this.missions = missions;
		this.ceilings = ceilings;
		this.states = states;
		this.host = host;
		this.actors = actors;
		this.clock = clock;
		this.journal = journal;
	}

	@Transactional
	public Mission establish(String sendingState, String name, MissionKind kind, LocalDate establishedOn) {
		if (!states.exists(sendingState)) {
			throw ProblemException.invalid("sendingState", "'" + sendingState + "' is not an ISO 3166-1 alpha-3 code");
		}
		String trimmed = name.trim();
		if (missions.nameTaken(sendingState, trimmed)) {
			throw new ProblemException(RegistryProblems.DUPLICATE,
					sendingState + " already has a mission named '" + trimmed + "'.")
				.saying("mission-name")
				.with("name", trimmed);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		Mission mission = new Mission(UUID.randomUUID(), sendingState, trimmed, kind, now, actors.current());
		missions.add(mission);
		// "Today" is a date like any other: the mission counts from 00:00 of it, so an arrival dated today is accepted.
		OffsetDateTime from = host.startOf(establishedOn == null ? host.localDate(now) : establishedOn);
		missions.addStatus(new StatusChange(mission.id(), from, MissionStatus.ACTIVE, "established", now, actors.current()));
		journal.append("mission.established", "mission", mission.id(), Map.of("mission", mission, "establishedFrom", from));
		return mission;
	}

	/** Replaces the mission's contact details, the parts left out included: what the diplomatic list shows of it. */
	@Transactional
	public MissionContact setContact(UUID missionId, MissionContact contact) {
		missions.lock(missionId);
		if (contact.headTookUpFunctionsOn() != null) {
			PlausibleDates.require("headTookUpFunctionsOn", contact.headTookUpFunctionsOn(), clock);
		}
		contacts.put(missionId, contact, OffsetDateTime.now(clock), actors.current());
		journal.append("mission.contact-changed", "mission", missionId, contact);
		return contact;
	}

	@Transactional
	public StatusChange changeStatus(UUID missionId, MissionStatus status, LocalDate effectiveOn, String reason) {
		if (!elsewhere.statusMayBeRecorded(status)) {
			throw decidedInRegistry("status", status);
		}
		return changeStatus(missionId, status, host.startOf(effectiveOn), reason);
	}

	/** A status change from any instant: a decision takes effect at a time of day, not only at midnight. */
	@Transactional
	public StatusChange changeStatus(UUID missionId, MissionStatus status, OffsetDateTime from, String reason) {
		missions.lock(missionId);
		List<StatusChange> history = missions.statusHistory(missionId);
		StatusChange latest = history.get(history.size() - 1);
		if (latest.status() == MissionStatus.CLOSED) {
			throw new ProblemException(RegistryProblems.MISSION_CLOSED,
					"The mission was closed on " + host.describe(latest.effectiveFrom()) + ".")
				.with("closedOn", host.local(latest.effectiveFrom()));
		}
		if (!from.isAfter(latest.effectiveFrom())) {
			throw new ProblemException(RegistryProblems.INVALID_DATES, "effectiveOn must be after the last status change, "
					+ host.describe(latest.effectiveFrom()) + " (" + latest.status() + ").")
				.saying("status-before-last")
				.with("lastChange", host.local(latest.effectiveFrom()))
				.with("missionStatus", latest.status())
				.with("errors", List.of(new org.credence.problem.InvalidField("effectiveOn",
						"must be after " + host.describe(latest.effectiveFrom()))
					.saying("after", java.util.Map.of("day", host.local(latest.effectiveFrom())))));
		}
		if (latest.status() == status) {
			throw new ProblemException(RegistryProblems.STATUS_UNCHANGED, "The mission is already " + status + ".")
				.with("missionStatus", status);
		}
		StatusChange change = new StatusChange(missionId, from, status, reason, OffsetDateTime.now(clock),
				actors.current());
		missions.addStatus(change);
		journal.append("mission.status-changed", "mission", missionId, change);
		return change;
	}

	@Transactional
	public Ceiling setCeiling(UUID missionId, LocalDate effectiveOn, int total, Map<StaffCategory, Integer> categories,
			String reason) {
		if (!elsewhere.ceilingMayBeRecorded()) {
			throw decidedInRegistry("ceiling", null);
		}
		return setCeiling(missionId, host.startOf(effectiveOn), total, categories, reason);
	}

	/** A ceiling from any instant: a decision takes effect at a time of day, not only at midnight. */
	@Transactional
	public Ceiling setCeiling(UUID missionId, OffsetDateTime from, int total, Map<StaffCategory, Integer> categories,
			String reason) {
		missions.lock(missionId);
		if (ceilings.existsFrom(missionId, from)) {
			throw new ProblemException(RegistryProblems.DUPLICATE,
					"A ceiling from " + host.describe(from) + " is already set for this mission.")
				.saying("ceiling")
				.with("effectiveFrom", host.local(from));
		}
		categories.forEach((category, max) -> {
			if (max > total) {
				throw ProblemException.invalid("categories." + category,
						"must not exceed the total of " + total + " positions");
			}
		});
		Ceiling ceiling = new Ceiling(UUID.randomUUID(), missionId, from, total, Map.copyOf(categories), reason,
				OffsetDateTime.now(clock), actors.current());
		ceilings.add(ceiling);
		journal.append("mission.ceiling-set", "mission", missionId, ceiling);
		return ceiling;
	}

	/** The day-dated forms record measures decided elsewhere; a decision here applies its own at an instant. */
	private static ProblemException decidedInRegistry(String measure, MissionStatus status) {
		return new ProblemException(RegistryProblems.DECIDED_IN_REGISTRY, "The receiving party takes "
				+ (status == null ? "a ceiling" : "a change of status to " + status.name().toLowerCase())
				+ " by a decision in the registry: propose one rather than recording it.")
			.saying(measure)
			.with("missionStatus", status);
	}
}
