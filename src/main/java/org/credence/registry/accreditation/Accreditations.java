package org.credence.registry.accreditation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.credence.problem.ProblemException;
import org.credence.registry.DepartureDeadline;
import org.credence.registry.StaffCategory;
import org.credence.security.Actors;

/** Accreditations and requests; those a caller looks up are limited to the missions they may see. */
@Repository
public class Accreditations {

	private static final String COLUMNS = """
			id, person_id, mission_id, category, title, function, requested_start, start_at as start, end_at as "end",
			status, credential_number, credential_expires, recorded_at, departure_deadline, departed_on""";

	private static final String HELD_OVERLAPPING = """
			status in ('ACTIVE', 'ENDED', 'WITHDRAWN')
			and tstzrange(start_at, end_at, '[)') && tstzrange(?::timestamptz, ?::timestamptz, '[)')""";

	/**
	 * Per category, whether it counts toward ceilings and the step in force at the instant (one index
	 * probe each), then, if asked, every step after it: a few rows whatever the number of members.
	 */
	static final String STEPS = """
			select c.code, s.from_at, s.held, c.counts_toward_ceiling from staff_category c left join lateral (
			    select from_at, held from mission_strength
			    where mission_id = ? and category = c.code and from_at <= ? order by from_at desc limit 1) s on true
			union all
			select category, from_at, held, null from mission_strength where ? and mission_id = ? and from_at > ?""";

	private final JdbcClient jdbc;

	private final Actors actors;

	Accreditations(JdbcClient jdbc, Actors actors) {
		this.jdbc = jdbc;
		this.actors = actors;
	}

	/** Inserts the accreditation and its first event in one statement. */
	void add(Accreditation accreditation, AccreditationEvent event) {
		withEvent("""
				insert into accreditation (id, person_id, mission_id, category, title, function, requested_start,
				                           status, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", event)
			.params(accreditation.id(), accreditation.personId(), accreditation.missionId(),
					accreditation.category().name(), accreditation.title(), accreditation.function(),
					accreditation.requestedStart(), accreditation.status().name(), accreditation.recordedAt())
			.params(eventParams(event))
			.update();
	}

	/** Writes the accreditation as changed and the event that changed it in one statement. */
	void update(Accreditation accreditation, AccreditationEvent event) {
		withEvent("""
				update accreditation set start_at = ?, end_at = ?, status = ?, credential_number = ?,
				                         credential_expires = ?, departure_deadline = ?,
				                         departed_on = ?
				where id = ?""", event)
			.params(accreditation.start(), accreditation.end(), accreditation.status().name(),
					accreditation.credentialNumber(), accreditation.credentialExpires(),
					accreditation.departureDeadline(), accreditation.departedOn(), accreditation.id())
			.params(eventParams(event))
			.update();
	}

	private JdbcClient.StatementSpec withEvent(String write, AccreditationEvent event) {
		return jdbc.sql("with written as (" + write + " returning id)"
				+ " insert into accreditation_event (accreditation_id, kind, occurred_at, reason, recorded_at, recorded_by)"
				+ " select id, ?, ?, ?, ?, ? from written");
	}

	private static List<Object> eventParams(AccreditationEvent event) {
		return Arrays.asList(event.kind().name(), event.occurredAt(), event.reason(), event.recordedAt(),
				event.recordedBy());
	}

	/** The accreditation, if the caller may see its mission. */
	public Optional<Accreditation> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from accreditation where id = ? and " + visible())
			.param(id)
			.params(scope())
			.query(Accreditations::map)
			.optional();
	}

	/** The accreditations of those ids whose mission the caller may see, by id, in one query. */
	public Map<UUID, Accreditation> byId(Collection<UUID> ids) {
		return jdbc.sql("select " + COLUMNS + " from accreditation where id = any(?) and " + visible())
			.param(ids.toArray(UUID[]::new))
			.params(scope())
			.query(Accreditations::map)
			.list()
			.stream()
			.collect(Collectors.toMap(Accreditation::id, Function.identity()));
	}

	public Accreditation get(UUID id) {
		return find(id).orElseThrow(() -> ProblemException.notFound("accreditation", id));
	}

	/** Whether the accreditation holds its position at that instant, whoever asks. */
	public boolean holdsAt(UUID id, OffsetDateTime at) {
		return jdbc.sql("""
				select exists (select 1 from accreditation where id = ? and status in ('ACTIVE', 'ENDED', 'WITHDRAWN')
				and start_at <= ? and (end_at is null or end_at > ?))""")
			.params(id, at, at)
			.query(Boolean.class)
			.single();
	}

	/** The accreditations of the mission that hold a position at that instant. */
	public List<Accreditation> heldAt(UUID missionId, OffsetDateTime at) {
		return jdbc.sql("select " + COLUMNS + " from accreditation where mission_id = ?"
				+ " and status in ('ACTIVE', 'ENDED', 'WITHDRAWN') and start_at <= ? and (end_at is null or end_at > ?)"
				+ " order by start_at, id")
			.params(missionId, at, at)
			.query(Accreditations::map)
			.list();
	}

	/** How many positions of each category the mission holds at that instant: a step per category, not its members. */
	Map<StaffCategory, Integer> countHeldAt(UUID missionId, OffsetDateTime at) {
		return stepsAt(missionId, at).at(at);
	}

	/** The mission's positions held per category at that instant, and which categories count, in one query. */
	HeldSteps stepsAt(UUID missionId, OffsetDateTime at) {
		return steps(missionId, at, false);
	}

	/** The mission's positions held per category at that instant and at each change after it, in one query. */
	HeldSteps stepsFrom(UUID missionId, OffsetDateTime from) {
		return steps(missionId, from, true);
	}

	private HeldSteps steps(UUID missionId, OffsetDateTime from, boolean after) {
		HeldSteps steps = new HeldSteps();
		jdbc.sql(STEPS)
			.params(missionId, from, after, missionId, from)
			.query(rs -> {
				StaffCategory category = StaffCategory.valueOf(rs.getString(1));
				if (Boolean.TRUE.equals(rs.getObject(4, Boolean.class))) {
					steps.counts(category);
				}
				OffsetDateTime stepFrom = rs.getObject(2, OffsetDateTime.class);
				if (stepFrom != null) {
					steps.add(category, stepFrom, rs.getInt(3));
				}
			});
		return steps;
	}

	/** How many active members each of those principals' households has (household members, not servants); none left out. */
	public Map<UUID, Integer> activeHouseholdSizes(Collection<UUID> principals) {
		Map<UUID, Integer> sizes = new HashMap<>();
		if (principals.isEmpty()) {
			return sizes;
		}
		jdbc.sql("""
				select t.principal_id, count(*) from accreditation_tie t join accreditation a on a.id = t.accreditation_id
				where t.principal_id = any(?) and a.category = 'FAMILY_MEMBER' and a.status = 'ACTIVE'
				group by t.principal_id""")
			.param(principals.toArray(UUID[]::new))
			.query(rs -> {
				sizes.put(rs.getObject(1, UUID.class), rs.getInt(2));
			});
		return sizes;
	}

	/**
	 * Requests approved for a position that begins after that instant: arrivals to come, neither
	 * members yet nor pending, in the order they arrive.
	 */
	public List<Accreditation> arrivingAfter(UUID missionId, OffsetDateTime at) {
		return jdbc.sql("select " + COLUMNS + " from accreditation where mission_id = ? and status = 'ACTIVE' and start_at > ?"
				+ " order by start_at, id")
			.params(missionId, at)
			.query(Accreditations::map)
			.list();
	}

	public List<Accreditation> pendingAt(UUID missionId) {
		return jdbc.sql("select " + COLUMNS + " from accreditation where mission_id = ? and status = 'REQUESTED' order by recorded_at")
			.param(missionId)
			.query(Accreditations::map)
			.list();
	}

	/** How many requests await a decision at each mission the caller may see that has any. */
	public Map<UUID, Integer> pendingCounts() {
		Map<UUID, Integer> counts = new HashMap<>();
		jdbc.sql("select mission_id, count(*) from accreditation where status = 'REQUESTED' and " + visible()
				+ " group by mission_id")
			.params(scope())
			.query(rs -> {
				counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
			});
		return counts;
	}

	/** The person's accreditations and requests at the missions the caller may see. */
	public List<Accreditation> ofPerson(UUID personId) {
		return jdbc.sql("select " + COLUMNS + " from accreditation where person_id = ? and " + visible()
				+ " order by requested_start")
			.param(personId)
			.params(scope())
			.query(Accreditations::map)
			.list();
	}

	/**
	 * The person's held accreditations whose period overlaps the time from {@code from} to {@code until},
	 * until null meaning open.
	 */
	List<Accreditation> heldOverlapping(UUID personId, OffsetDateTime from, OffsetDateTime until) {
		return jdbc.sql("select " + COLUMNS + " from accreditation where person_id = ? and " + HELD_OVERLAPPING)
			.params(personId, from, until)
			.query(Accreditations::map)
			.list();
	}

	/**
	 * The person's pending requests and held accreditations from {@code from} on, at any mission and
	 * whoever asks, in one query: what a new request must not meet.
	 */
	List<Accreditation> heldFromOrPending(UUID personId, OffsetDateTime from) {
		return jdbc.sql("select " + COLUMNS + " from accreditation where person_id = ? and (status = 'REQUESTED' or "
				+ HELD_OVERLAPPING + ")")
			.params(personId, from, null)
			.query(Accreditations::map)
			.list();
	}

	/** The mission's withdrawn accreditations, the latest departure deadline first, confirmed or not. */
	public List<Accreditation> withdrawnOf(UUID missionId) {
		return jdbc.sql("select " + COLUMNS + " from accreditation where mission_id = ? and status = 'WITHDRAWN' and "
				+ visible() + " order by departure_deadline desc nulls last, id")
			.param(missionId)
			.params(scope())
			.query(Accreditations::map)
			.list();
	}

	/** Withdrawn accreditations whose person has not been confirmed gone and whose deadline is before that day. */
	public List<Accreditation> overdueDepartures(LocalDate today) {
		return jdbc.sql("select " + COLUMNS + " from accreditation where status = 'WITHDRAWN' and departed_on is null"
				+ " and departure_deadline < ? and " + visible() + " order by departure_deadline, id")
			.param(today)
			.params(scope())
			.query(Accreditations::map)
			.list();
	}

	/** How many of the {@link #overdueDepartures} there are, in one count. */
	public int overdueDepartureCount(LocalDate today) {
		return jdbc.sql("select count(*) from accreditation where status = 'WITHDRAWN' and departed_on is null"
				+ " and departure_deadline < ? and " + visible())
			.param(today)
			.params(scope())
			.query(Integer.class)
			.single();
	}

	/** Withdrawn persons at the missions the caller may see who must leave that day or later, with their names. */
	public List<DepartureDeadline> departureDeadlines(LocalDate from) {
		return jdbc.sql("""
				select accreditation.id, p.name_latin, m.name, departure_deadline, departed_on
				from accreditation join person p on p.id = person_id join mission m on m.id = mission_id
				where accreditation.status = 'WITHDRAWN' and departure_deadline >= ?""" + " and " + visible()
				+ " order by departure_deadline, accreditation.id")
			.param(from)
			.params(scope())
			.query((rs, row) -> new DepartureDeadline(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
			.list();
	}

	public List<AccreditationEvent> eventsOf(UUID accreditationId) {
		return jdbc.sql("""
				select id, accreditation_id, kind, occurred_at, reason, recorded_at, recorded_by
				from accreditation_event where accreditation_id = ? order by id""")
			.param(accreditationId)
			.query(Accreditations::event)
			.list();
	}

	static Accreditation map(ResultSet rs, int row) throws SQLException {
		return new Accreditation(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				rs.getObject("mission_id", UUID.class), StaffCategory.valueOf(rs.getString("category")),
				rs.getString("title"), rs.getString("function"), rs.getObject("requested_start", OffsetDateTime.class),
				rs.getObject("start", OffsetDateTime.class), rs.getObject("end", OffsetDateTime.class),
				AccreditationStatus.valueOf(rs.getString("status")), rs.getString("credential_number"),
				rs.getObject("credential_expires", OffsetDateTime.class), rs.getObject("recorded_at", OffsetDateTime.class),
				rs.getObject("departure_deadline", LocalDate.class), rs.getObject("departed_on", LocalDate.class));
	}

	private static AccreditationEvent event(ResultSet rs, int row) throws SQLException {
		return new AccreditationEvent(rs.getLong("id"), rs.getObject("accreditation_id", UUID.class),
				AccreditationEvent.Kind.valueOf(rs.getString("kind")), rs.getObject("occurred_at", OffsetDateTime.class),
				rs.getString("reason"), rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by"));
	}

	private String visible() {
		return actors.missionScope().isPresent() ? "mission_id = ?" : "true";
	}

	private List<Object> scope() {
		return actors.missionScope().<List<Object>>map(List::of).orElse(List.of());
	}
}
