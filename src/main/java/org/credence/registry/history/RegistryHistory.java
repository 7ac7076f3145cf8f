package org.credence.registry.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.credence.host.Host;
import org.credence.registry.mission.Ceiling;
import org.credence.registry.mission.Ceilings;
import org.credence.registry.mission.Mission;
import org.credence.registry.mission.Missions;
import org.credence.registry.person.NotAcceptableDeclarations;
import org.credence.registry.person.Person;
import org.credence.registry.person.Persons;
import org.credence.security.Actors;

/** The full history of a mission or a person, in the order things happened. */
@Component
public class RegistryHistory {

	private static final String EVENTS = """
			select e.occurred_at, e.recorded_at, e.recorded_by, e.kind, a.mission_id, m.name as mission_name,
			       a.person_id, p.name_latin as person_name, a.id as accreditation_id,
			       a.category || ' · ' || a.title as detail, e.reason, null::uuid as decision_id
			from accreditation_event e
			join accreditation a on a.id = e.accreditation_id
			join mission m on m.id = a.mission_id
			join person p on p.id = a.person_id""";

	/** Events of one instant (a decision's withdrawals) in the order recorded, whatever the rows' order on disk. */
	private static final String RECORDING_ORDER = " order by e.id";

	/**
	 * The mission's latest events in the order {@link #causesFirst} tells them, a departure at its
	 * withdrawal's instant when that is later (the event's told_at, V69, read in its index's order),
	 * and the withdrawals of the departures chosen, which that order needs to see.
	 */
	private static final String LATEST_EVENTS = """
			with latest as (
			  select e.id, e.accreditation_id, e.kind from accreditation_event e
			  where e.mission_id = ?
			  order by e.told_at desc, (e.kind = 'DEPARTURE_CONFIRMED') desc, e.recorded_at desc, e.id desc
			  limit ?)
			""" + EVENTS + """

			where e.id in (select id from latest
			               union all
			               select w.id from latest d join accreditation_event w on w.accreditation_id = d.accreditation_id
			               where d.kind = 'DEPARTURE_CONFIRMED' and w.kind = 'WITHDRAWN')""" + RECORDING_ORDER;

	private static final String WITHDRAWN = "WITHDRAWN";

	private static final String DEPARTED = "DEPARTURE_CONFIRMED";

	private final JdbcClient jdbc;

	private final Missions missions;

	private final Ceilings ceilings;

	private final Persons persons;

	private final NotAcceptableDeclarations notAcceptable;

	private final AppliedDecisions applied;

	private final Host host;

	private final Actors actors;

	RegistryHistory(JdbcClient jdbc, Missions missions, Ceilings ceilings, Persons persons,
			NotAcceptableDeclarations notAcceptable, AppliedDecisions applied, Host host, Actors actors) {
		this.notAcceptable = notAcceptable;
		this.applied = applied;
		this.jdbc = jdbc;
		this.missions = missions;
		this.ceilings = ceilings;
		this.persons = persons;
		this.host = host;
		this.actors = actors;
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> ofMission(UUID missionId) {
		return ofMission(missionId, EVENTS + " where a.mission_id = ?" + RECORDING_ORDER, List.of(missionId));
	}

	/**
	 * The mission's {@code count} latest entries, as the last of {@link #ofMission}, in a fixed number
	 * of queries that read no more events than that, however long the history.
	 */
	@Transactional(readOnly = true)
	public List<HistoryEntry> latestOfMission(UUID missionId, int count) {
		List<HistoryEntry> entries = ofMission(missionId, LATEST_EVENTS, List.of(missionId, count));
		return entries.subList(Math.max(0, entries.size() - count), entries.size());
	}

	/** The decisions that took effect on the mission, in the order of its history. */
	public List<HistoryEntry> decisionsAboutMission(UUID missionId) {
		return inOrder(applied.aboutMission(missionId).stream());
	}

	private List<HistoryEntry> ofMission(UUID missionId, String eventsQuery, List<Object> eventsParams) {
		Mission mission = missions.get(missionId);
		Stream<HistoryEntry> statuses = missions.statusHistory(missionId)
			.stream()
			.map(change -> new HistoryEntry(change.effectiveFrom(), change.recordedAt(), change.recordedBy(),
					"STATUS_CHANGED", missionId, mission.name(), null, null, null, change.status().name(), change.reason(),
					null));
		Stream<HistoryEntry> ceilingsSet = ceilings.history(missionId)
			.stream()
			.map(ceiling -> new HistoryEntry(ceiling.effectiveFrom(), ceiling.recordedAt(), ceiling.recordedBy(),
					"CEILING_SET", missionId, mission.name(), null, null, null, describe(ceiling), ceiling.reason(), null));
		Stream<HistoryEntry> events = jdbc.sql(eventsQuery).params(eventsParams).query(RegistryHistory::entry).list().stream();
		Stream<HistoryEntry> decided = applied.aboutMission(missionId).stream();
		return inOrder(Stream.of(statuses, ceilingsSet, events, decided).flatMap(s -> s));
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> ofPerson(UUID personId) {
		Person person = persons.get(personId);
		HistoryEntry registered = new HistoryEntry(person.recordedAt(), person.recordedAt(), person.recordedBy(),
				"PERSON_REGISTERED", null, null, personId, person.nameLatin(), null, null, null, null);
		// A mission administrator sees the person's history at their own mission only.
		Optional<UUID> scope = actors.missionScope();
		Stream<HistoryEntry> events = jdbc
			.sql(EVENTS + " where a.person_id = ?" + (scope.isPresent() ? " and a.mission_id = ?" : "") + RECORDING_ORDER)
			.param(personId)
			.params(scope.<List<Object>>map(List::of).orElse(List.of()))
			.query(RegistryHistory::entry)
			.list()
			.stream();
		Stream<HistoryEntry> declarations = declarations(person);
		Stream<HistoryEntry> decided = applied.aboutPerson(personId).stream();
		return inOrder(Stream.of(Stream.of(registered), events, declarations, decided).flatMap(s -> s));
	}

	/** Each declaration of non-acceptability, and its lifting once lifted. */
	private Stream<HistoryEntry> declarations(Person person) {
		return notAcceptable.of(person.id()).stream().flatMap(d -> {
			HistoryEntry declared = new HistoryEntry(d.declaredFrom(), d.recordedAt(), d.recordedBy(),
					"DECLARED_NOT_ACCEPTABLE", null, null, person.id(), person.nameLatin(), null, null, d.reason(), null);
			return d.liftedAt() == null ? Stream.of(declared)
					: Stream.of(declared, new HistoryEntry(d.liftedAt(), d.liftRecordedAt(), d.liftRecordedBy(),
							"NOT_ACCEPTABLE_LIFTED", null, null, person.id(), person.nameLatin(), null, null,
							d.liftReason(), null));
		});
	}

	private List<HistoryEntry> inOrder(Stream<HistoryEntry> entries) {
		// A mission does not read decisions (they may be about it): it sees that one applied, not its grounds.
		boolean groundsHidden = actors.missionScope().isPresent();
		List<HistoryEntry> local = entries.map(e -> local(e, groundsHidden && e.decisionId() != null)).toList();
		return local.stream().sorted(causesFirst(local)).toList();
	}

	/**
	 * In the order things happened, except that a departure is told after the withdrawal that caused
	 * it: a council's withdrawal takes effect at the end of the departure deadline, so the person
	 * often leaves before the instant the withdrawal is dated, and the history would read backwards.
	 */
	private static Comparator<HistoryEntry> causesFirst(List<HistoryEntry> entries) {
		Map<UUID, Instant> withdrawn = entries.stream()
			.filter(e -> WITHDRAWN.equals(e.kind()))
			.collect(Collectors.toMap(HistoryEntry::accreditationId, e -> e.occurredAt().toInstant(), (a, b) -> a));
		return Comparator.comparing((HistoryEntry e) -> told(e, withdrawn))
			.thenComparing(e -> DEPARTED.equals(e.kind()))
			.thenComparing(e -> e.recordedAt().toInstant());
	}

	private static Instant told(HistoryEntry entry, Map<UUID, Instant> withdrawn) {
		Instant at = entry.occurredAt().toInstant();
		Instant cause = DEPARTED.equals(entry.kind()) ? withdrawn.get(entry.accreditationId()) : null;
		return cause != null && cause.isAfter(at) ? cause : at;
	}

	private HistoryEntry local(HistoryEntry e, boolean hideReason) {
		return new HistoryEntry(host.local(e.occurredAt()), host.local(e.recordedAt()), e.recordedBy(), e.kind(),
				e.missionId(), e.missionName(), e.personId(), e.personName(), e.accreditationId(), e.detail(),
				hideReason ? null : e.reason(), e.decisionId());
	}

	/** A row of {@link #EVENTS} or of the applied decisions, which name the same columns in the same order. */
	static HistoryEntry entry(ResultSet rs, int row) throws SQLException {
		return new HistoryEntry(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class),
				rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6),
				rs.getObject(7, UUID.class), rs.getString(8), rs.getObject(9, UUID.class), rs.getString(10),
				rs.getString(11), rs.getObject(12, UUID.class));
	}

	private static String describe(Ceiling ceiling) {
		String categories = ceiling.categories()
			.entrySet()
			.stream()
			.map(entry -> entry.getKey() + " " + entry.getValue())
			.collect(Collectors.joining(", "));
		return ceiling.total() + (categories.isEmpty() ? "" : " (" + categories + ")");
	}

}
