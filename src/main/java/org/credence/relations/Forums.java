package org.credence.relations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Forums with their participants, meetings and proposals for a meeting. */
@Repository
class Forums {

	private static final String FORUM = """
			select f.id, f.name, f.established_on,
			       array(select p.party from forum_participant p where p.forum_id = f.id order by p.party) as participants,
			       f.classification, f.recorded_at, f.recorded_by
			from forum f""";

	private static final String PROPOSAL = """
			select id, forum_id, proposed_by, proposed_on, awaiting, topics, status, answered_on, classification,
			       recorded_at, recorded_by
			from meeting_proposal""";

	private final JdbcClient jdbc;

	Forums(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Forum forum) {
		jdbc.sql("""
				insert into forum (id, name, established_on, classification, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(forum.id(), forum.name(), forum.establishedOn(), forum.classification(), forum.recordedAt(),
					forum.recordedBy())
			.update();
		forum.participants().forEach(party -> jdbc.sql("insert into forum_participant (forum_id, party) values (?, ?)")
			.params(forum.id(), party)
			.update());
	}

	boolean nameTaken(String name) {
		return jdbc.sql("select count(*) from forum where lower(name) = lower(?)").param(name).query(Long.class).single() > 0;
	}

	List<Forum> all() {
		return jdbc.sql(FORUM + " order by f.name").query(Forums::forum).list();
	}

	Optional<Forum> find(UUID id) {
		return jdbc.sql(FORUM + " where f.id = ?").param(id).query(Forums::forum).optional();
	}

	void add(Meeting m) {
		jdbc.sql("""
				insert into forum_meeting (id, forum_id, held_on, level, topics, classification, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.id(), m.forumId(), m.heldOn(), m.level(), m.topics(), m.classification(), m.recordedAt(),
					m.recordedBy())
			.update();
	}

	/** Newest first: the last meeting is what a reader asks about. */
	List<Meeting> meetings(UUID forum) {
		return jdbc.sql("""
				select id, forum_id, held_on, level, topics, classification, recorded_at, recorded_by
				from forum_meeting where forum_id = ? order by held_on desc, recorded_at desc""")
			.param(forum)
			.query(Forums::meeting)
			.list();
	}

	void add(MeetingProposal p) {
		jdbc.sql("""
				insert into meeting_proposal (id, forum_id, proposed_by, proposed_on, awaiting, topics, status,
				                              answered_on, classification, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id(), p.forumId(), p.proposedBy(), p.proposedOn(), p.awaiting(), p.topics(), p.status().name(),
					p.answeredOn(), p.classification(), p.recordedAt(), p.recordedBy())
			.update();
	}

	void answer(MeetingProposal p) {
		jdbc.sql("update meeting_proposal set status = ?, answered_on = ? where id = ?")
			.params(p.status().name(), p.answeredOn(), p.id())
			.update();
	}

	List<MeetingProposal> proposals(UUID forum) {
		return jdbc.sql(PROPOSAL + " where forum_id = ? order by proposed_on desc, recorded_at desc")
			.param(forum)
			.query(Forums::proposal)
			.list();
	}

	Optional<MeetingProposal> lockProposal(UUID forum, UUID id) {
		return jdbc.sql(PROPOSAL + " where forum_id = ? and id = ? for update")
			.params(forum, id)
			.query(Forums::proposal)
			.optional();
	}

	private static Forum forum(ResultSet rs, int row) throws SQLException {
		return new Forum(rs.getObject("id", UUID.class), rs.getString("name"),
				rs.getObject("established_on", LocalDate.class),
				Arrays.asList((String[]) rs.getArray("participants").getArray()), rs.getString("classification"),
				rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by"));
	}

	private static Meeting meeting(ResultSet rs, int row) throws SQLException {
		return new Meeting(rs.getObject("id", UUID.class), rs.getObject("forum_id", UUID.class),
				rs.getObject("held_on", LocalDate.class), rs.getString("level"), rs.getString("topics"),
				rs.getString("classification"), rs.getObject("recorded_at", OffsetDateTime.class),
				rs.getString("recorded_by"));
	}

	private static MeetingProposal proposal(ResultSet rs, int row) throws SQLException {
		return new MeetingProposal(rs.getObject("id", UUID.class), rs.getObject("forum_id", UUID.class),
				rs.getString("proposed_by"), rs.getObject("proposed_on", LocalDate.class), rs.getString("awaiting"),
				rs.getString("topics"), MeetingProposal.Status.valueOf(rs.getString("status")),
				rs.getObject("answered_on", LocalDate.class), rs.getString("classification"),
				rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by"));
	}
}
