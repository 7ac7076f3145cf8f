package org.credence.notices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notices of every inbox, and the deadlines already warned of. */
@Repository
class Notices {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() {
	};

	private static final String SELECT = "select id, recipient, kind, decision_id, parameters, created_at, read_at from notice";

	private final JdbcClient jdbc;

	Notices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The same notice to each recipient, once each however often they are named. */
	void send(Collection<String> recipients, NoticeKind kind, UUID decision, Map<String, String> parameters,
			OffsetDateTime at) {
		String json = JSON.writeValueAsString(parameters);
		for (String recipient : new LinkedHashSet<>(recipients)) {
			jdbc.sql("""
					insert into notice (id, recipient, kind, decision_id, parameters, created_at)
					values (?, ?, ?, ?, cast(? as jsonb), ?)""")
				.params(UUID.randomUUID(), recipient, kind.name(), decision, json, at)
				.update();
		}
	}

	/** The recipient's newest notices first. */
	List<Notice> inbox(String recipient, int limit) {
		return jdbc.sql(SELECT + " where recipient = ? order by created_at desc, id limit ?")
			.params(recipient, limit)
			.query(Notices::map)
			.list();
	}

	Optional<Notice> find(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(Notices::map).optional();
	}

	int unread(String recipient) {
		return jdbc.sql("select count(*) from notice where recipient = ? and read_at is null")
			.param(recipient)
			.query(Integer.class)
			.single();
	}

	/** False if the recipient has no such notice; one read already keeps the time it was first read. */
	boolean markRead(UUID id, String recipient, OffsetDateTime at) {
		return jdbc.sql("update notice set read_at = coalesce(read_at, ?) where id = ? and recipient = ?")
			.params(at, id, recipient)
			.update() == 1;
	}

	int markAllRead(String recipient, OffsetDateTime at) {
		return jdbc.sql("update notice set read_at = ? where recipient = ? and read_at is null")
			.params(at, recipient)
			.update();
	}

	/**
	 * Records that this deadline of the decision is being warned of: true the first time only. A
	 * concurrent poller inserting the same key waits for this transaction and then inserts nothing.
	 */
	boolean firstWarning(UUID decision, OffsetDateTime deadline, OffsetDateTime at) {
		return jdbc.sql("""
				insert into deadline_warning (decision_id, deadline, warned_at) values (?, ?, ?)
				on conflict do nothing""")
			.params(decision, deadline, at)
			.update() == 1;
	}

	private static Notice map(ResultSet rs, int row) throws SQLException {
		return new Notice(rs.getObject("id", UUID.class), rs.getString("recipient"),
				NoticeKind.valueOf(rs.getString("kind")), rs.getObject("decision_id", UUID.class),
				JSON.readValue(rs.getString("parameters"), PARAMETERS), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("read_at", OffsetDateTime.class));
	}
}
