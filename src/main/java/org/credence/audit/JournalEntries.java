package org.credence.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The journal's rows, read in the orders its users need: by id, by position, unsealed first come. */
@Repository
class JournalEntries {

	private static final String COLUMNS = "id, position, recorded_at, actor, action, subject_type, subject_id, change::text as change, hash";

	private final JdbcClient jdbc;

	JournalEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Entries matching the filter with an id above {@code afterId}, in the order they were written. */
	List<JournalEntry> find(JournalFilter filter, long afterId, int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from journal_entry where id > :after");
		Map<String, Object> params = new HashMap<>(Map.of("after", afterId, "limit", limit));
		where(sql, params, "subject_id = :subject", "subject", filter.subject());
		where(sql, params, "actor = :actor", "actor", filter.actor());
		where(sql, params, "recorded_at >= :from", "from", filter.from());
		where(sql, params, "recorded_at < :until", "until", filter.until());
		return jdbc.sql(sql.append(" order by id limit :limit").toString())
			.params(params)
			.query(JournalEntries::entry)
			.list();
	}

	private static void where(StringBuilder sql, Map<String, Object> params, String condition, String name, Object value) {
		if (value != null) {
			sql.append(" and ").append(condition);
			params.put(name, value);
		}
	}

	/** Sealed entries after a position, in chain order. */
	List<JournalEntry> sealedAfter(long position, int limit) {
		return jdbc.sql("select " + COLUMNS + " from journal_entry where position > :position order by position limit :limit")
			.param("position", position)
			.param("limit", limit)
			.query(JournalEntries::entry)
			.list();
	}

	/** Committed entries not yet sealed, oldest id first. */
	List<JournalEntry> unsealed(int limit) {
		return jdbc.sql("select " + COLUMNS + " from journal_entry where position is null order by id limit :limit")
			.param("limit", limit)
			.query(JournalEntries::entry)
			.list();
	}

	long countUnsealed() {
		return jdbc.sql("select count(*) from journal_entry where position is null").query(Long.class).single();
	}

	private static JournalEntry entry(ResultSet rs, int row) throws SQLException {
		return new JournalEntry(rs.getLong("id"), rs.getObject("position", Long.class),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("action"),
				rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("change"), rs.getString("hash"));
	}
}
