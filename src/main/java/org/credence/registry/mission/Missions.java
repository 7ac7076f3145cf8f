package org.credence.registry.mission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
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
import org.credence.registry.MissionStatus;
import org.credence.security.Actors;

/** Missions as the caller may see them: a mission administrator sees their own mission only. */
@Repository
public class Missions {

	private static final String COLUMNS = "id, sending_state, name, kind, recorded_at, recorded_by";

	private final JdbcClient jdbc;

	private final Actors actors;

	Missions(JdbcClient jdbc, Actors actors) {
		this.jdbc = jdbc;
		this.actors = actors;
	}

	void add(Mission mission) {
		jdbc.sql("insert into mission (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?)")
			.params(mission.id(), mission.sendingState(), mission.name(), mission.kind().name(),
					mission.recordedAt(), mission.recordedBy())
			.update();
	}

	public List<Mission> all() {
		return jdbc.sql("select " + COLUMNS + " from mission where " + visible() + " order by name")
			.params(scope())
			.query(Missions::map)
			.list();
	}

	public Optional<Mission> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from mission where id = ? and " + visible())
			.param(id)
			.params(scope())
			.query(Missions::map)
			.optional();
	}

	/** The missions of those ids that the caller may see, by id, in one query: for lists that name many. */
	public Map<UUID, Mission> byId(Collection<UUID> ids) {
		return jdbc.sql("select " + COLUMNS + " from mission where id = any(?) and " + visible())
			.param(ids.toArray(UUID[]::new))
			.params(scope())
			.query(Missions::map)
			.list()
			.stream()
			.collect(Collectors.toMap(Mission::id, Function.identity()));
	}

	public Mission get(UUID id) {
		return find(id).orElseThrow(() -> ProblemException.notFound("mission", id));
	}

	boolean nameTaken(String sendingState, String name) {
		return jdbc.sql("select count(*) from mission where sending_state = ? and lower(name) = lower(?)")
			.params(sendingState, name)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Locks the mission row until the transaction ends, so that approvals, ceilings and status
	 * changes of one mission are decided one after the other.
	 */
	public Mission lock(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from mission where id = ? and " + visible() + " for update")
			.param(id)
			.params(scope())
			.query(Missions::map)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("mission", id));
	}

	void addStatus(StatusChange change) {
		jdbc.sql("""
				insert into mission_status (mission_id, effective_from, status, reason, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(change.missionId(), change.effectiveFrom(), change.status().name(), change.reason(),
					change.recordedAt(), change.recordedBy())
			.update();
	}

	public List<StatusChange> statusHistory(UUID missionId) {
		return jdbc.sql("""
				select mission_id, effective_from, status, reason, recorded_at, recorded_by
				from mission_status where mission_id = ? order by effective_from""")
			.param(missionId)
			.query(StatusChange.class)
			.list();
	}

	/** The status in force at that instant; a mission is active from its first recorded status. */
	public Optional<MissionStatus> statusAt(UUID missionId, OffsetDateTime at) {
		return statusChangeAt(missionId, at).map(StatusChange::status);
	}

	/**
	 * Every mission's status in force at that instant, by mission, in one query: as {@link #statusAt}
	 * does for one, for lists that would otherwise ask once per mission.
	 */
	public Map<UUID, MissionStatus> statusesAt(OffsetDateTime at) {
		Map<UUID, MissionStatus> statuses = new HashMap<>();
		jdbc.sql("""
				select distinct on (mission_id) mission_id, status from mission_status
				where effective_from <= ? order by mission_id, effective_from desc""")
			.param(at)
			.query(rs -> {
				statuses.put(rs.getObject(1, UUID.class), MissionStatus.valueOf(rs.getString(2)));
			});
		return statuses;
	}

	/** The change that put the status in force at that instant in place: since when it holds. */
	public Optional<StatusChange> statusChangeAt(UUID missionId, OffsetDateTime at) {
		return jdbc.sql("""
				select mission_id, effective_from, status, reason, recorded_at, recorded_by
				from mission_status where mission_id = ? and effective_from <= ?
				order by effective_from desc limit 1""")
			.params(missionId, at)
			.query(StatusChange.class)
			.optional();
	}

	private String visible() {
		return actors.missionScope().isPresent() ? "id = ?" : "true";
	}

	private List<Object> scope() {
		return actors.missionScope().<List<Object>>map(List::of).orElse(List.of());
	}

	/** Read by name: mapping by the record's components looks each one up as a column first, in vain. */
	private static Mission map(ResultSet rs, int row) throws SQLException {
		return new Mission(rs.getObject("id", UUID.class), rs.getString("sending_state"), rs.getString("name"),
				MissionKind.valueOf(rs.getString("kind")), rs.getObject("recorded_at", OffsetDateTime.class),
				rs.getString("recorded_by"));
	}
}
