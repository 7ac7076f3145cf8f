package org.credence.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.Accreditations;
import org.credence.registry.history.AppliedDecision;
import org.credence.registry.history.AppliedDecisions;
import org.credence.registry.history.PublishedChanges;
import org.credence.registry.listing.PublishedMission;
import org.credence.registry.listing.PublishedMissions;
import org.credence.registry.mission.Mission;
import org.credence.registry.mission.Missions;
import org.credence.registry.person.NotAcceptable;
import org.credence.registry.person.NotAcceptableDeclarations;
import org.credence.registry.person.OwnRecord;
import org.credence.registry.person.Person;
import org.credence.registry.person.PersonOfRecord;
import org.credence.registry.person.Persons;

/**
 * What other modules read of the registry, and the one thing they tell it: a decision that took
 * effect. The repositories behind it stay internal to the registry, so that its tables can change
 * without other modules knowing. Like them, it shows a mission administrator only what concerns their
 * own mission.
 */
@Service
public class Registry {

	private final Missions missions;

	private final Persons persons;

	private final Accreditations accreditations;

	private final NotAcceptableDeclarations notAcceptable;

	private final AppliedDecisions appliedDecisions;

	private final OwnRecord ownRecord;

	private final PublishedChanges publishedChanges;

	private final PublishedMissions published;

	private final KnownStandings knownStandings;

	Registry(Missions missions, Persons persons, Accreditations accreditations, NotAcceptableDeclarations notAcceptable,
			AppliedDecisions appliedDecisions, OwnRecord ownRecord, PublishedChanges publishedChanges,
			PublishedMissions published, KnownStandings knownStandings) {
		this.knownStandings = knownStandings;
		this.publishedChanges = publishedChanges;
		this.published = published;
		this.ownRecord = ownRecord;
		this.missions = missions;
		this.persons = persons;
		this.accreditations = accreditations;
		this.notAcceptable = notAcceptable;
		this.appliedDecisions = appliedDecisions;
	}

	/** The missions the caller may see, by name. */
	public List<Mission> missions() {
		return missions.all();
	}

	/** The mission, if the caller may see it. */
	public Optional<Mission> findMission(UUID id) {
		return missions.find(id);
	}

	/** The missions of those ids that the caller may see, by id, in one query: as {@link #findMission} does for one. */
	public Map<UUID, Mission> findMissions(Collection<UUID> ids) {
		return missions.byId(ids);
	}

	/** The mission, or a not-found problem. */
	public Mission mission(UUID id) {
		return missions.get(id);
	}

	/** The person, if the caller may see them. */
	public Optional<Person> findPerson(UUID id) {
		return persons.find(id);
	}

	/** The persons of those ids that the caller may see, by id, in one query: as {@link #findPerson} does for one. */
	public Map<UUID, Person> findPersons(Collection<UUID> ids) {
		return persons.byId(ids);
	}

	/** The person, or a not-found problem. */
	public Person person(UUID id) {
		return persons.get(id);
	}

	/** At most {@code limit} persons whose names contain the text, in any script; all persons when it is blank. */
	public List<Person> searchPersons(String text, int limit) {
		return persons.search(text, limit);
	}

	/** The accreditation, if the caller may see its mission. */
	public Optional<Accreditation> findAccreditation(UUID id) {
		return accreditations.find(id);
	}

	/**
	 * The accreditations of those ids whose mission the caller may see, by id, in one query: as
	 * {@link #findAccreditation} does for one.
	 */
	public Map<UUID, Accreditation> findAccreditations(Collection<UUID> ids) {
		return accreditations.byId(ids);
	}

	/**
	 * Whether the accreditation holds its position at that instant, whoever asks: all that the public
	 * verification of an identity card may learn of it.
	 */
	public boolean accreditationHeldAt(UUID id, OffsetDateTime at) {
		return accreditations.holdsAt(id, at);
	}

	/** For each of those accreditations that is a household's principal, how many members of the household are active. */
	public Map<UUID, Integer> activeHouseholdSizes(Collection<UUID> principalAccreditationIds) {
		return accreditations.activeHouseholdSizes(principalAccreditationIds);
	}

	/** The person's accreditations and requests at the missions the caller may see. */
	public List<Accreditation> accreditationsOf(UUID personId) {
		return accreditations.ofPerson(personId);
	}

	/** The accreditations of the mission that hold a position at that instant. */
	public List<Accreditation> heldAt(UUID missionId, OffsetDateTime at) {
		return accreditations.heldAt(missionId, at);
	}

	/** The mission's requests awaiting a decision, the first recorded first. */
	public List<Accreditation> pendingAt(UUID missionId) {
		return accreditations.pendingAt(missionId);
	}

	/** How many requests await a decision at each mission the caller may see, for those that have any. */
	public Map<UUID, Integer> pendingRequestCounts() {
		return accreditations.pendingCounts();
	}

	/** How many withdrawn persons the caller may see are not confirmed gone past their deadline, that day. */
	public int overdueDepartureCount(LocalDate today) {
		return accreditations.overdueDepartureCount(today);
	}

	/** The declaration that the person is not acceptable that stands, not lifted, if any; it may take effect later. */
	public Optional<NotAcceptable> standingDeclaration(UUID personId) {
		return notAcceptable.standing(personId);
	}

	/** Records in the histories of the missions and persons it concerns a decision that took effect. */
	public void record(AppliedDecision decision) {
		appliedDecisions.record(decision);
	}

	/**
	 * Every person declared not acceptable, refused or withdrawn, at any mission, and the persons of
	 * those ids (linked to incidents by the relations register), whoever asks: the record screening
	 * watches for under other names.
	 */
	public List<PersonOfRecord> ownRecord(Collection<UUID> inIncidents) {
		return ownRecord.persons(inIncidents);
	}

	/**
	 * The missions established and not closed at that instant, with their members of those categories
	 * then, whoever asks: what the receiving party publishes as its diplomatic list.
	 */
	public List<PublishedMission> publishedAt(OffsetDateTime at, Set<StaffCategory> categories) {
		return published.at(at, categories);
	}

	/** Every person with a request awaiting a decision or an accreditation not ended, at any mission, whoever asks. */
	public List<Person> seekingOrHolding() {
		return ownRecord.seekingOrHolding();
	}

	/** Withdrawn persons the caller may see who must leave that day or later, the earliest deadline first. */
	public List<DepartureDeadline> departureDeadlines(LocalDate from) {
		return accreditations.departureDeadlines(from);
	}

	/**
	 * At most {@code limit} published changes of those categories that took effect from {@code since}
	 * until {@code now}, the latest first, in one query, whoever asks: see {@link PublishedChange}.
	 */
	public List<PublishedChange> publishedChanges(OffsetDateTime since, OffsetDateTime now,
			Set<StaffCategory> categories, int limit) {
		return publishedChanges.since(since, now, categories, limit);
	}

	/**
	 * The missions at that instant as the registry knew them at {@code knownAt}, by id, whoever asks,
	 * in a few queries however many: what a decision's impact is computed from, also as it looked on
	 * the day it was circulated.
	 */
	public Map<UUID, KnownStanding> standingsAt(Collection<UUID> missionIds, OffsetDateTime at, OffsetDateTime knownAt) {
		return knownStandings.at(missionIds, at, knownAt);
	}

	/** The missions at which those persons hold a position at that instant, whoever asks, in one query. */
	public Set<UUID> missionsHolding(Collection<UUID> personIds, OffsetDateTime at) {
		return knownStandings.missionsHolding(personIds, at);
	}
}
