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

	static final String COLUMNS = "id, position, recorded_at, actor, action, subject_type, subject_id, change::text as change, hash, mac";

	private final JdbcClient jdbc;

	JournalEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Entries matching the filter with an id above {@code afterId}, in the order they were written. */
	List<JournalEntry> find(JournalFilter filter, long afterId, int limit) {
		Map<String, Object> params = new HashMap<>(Map.of("after", afterId, "limit", limit));
		return jdbc.sql("select " + COLUMNS + " from journal_entry where id > :after" + filter.where(params)
				+ " order by id limit :limit")
			.params(params)
			.query(JournalEntries::entry)
			.list();
	}

	/** Committed entries not yet sealed and not refused by the sealer, oldest id first. */
	List<JournalEntry> unsealed(int limit) {
		return jdbc.sql("select " + COLUMNS + " from journal_entry e where position is null"
				+ " and not exists (select 1 from journal_refused_entry r where r.id = e.id) order by id limit :limit")
			.param("limit", limit)
			.query(JournalEntries::entry)
			.list();
	}

	/** How many entries wait for the sealer, and when the oldest of them was written (null if none). */
	Backlog backlog() {
		return jdbc.sql("select count(*) as waiting, min(recorded_at) as oldest from journal_entry e where position is null"
				+ " and not exists (select 1 from journal_refused_entry r where r.id = e.id)")
			.query((rs, row) -> new Backlog(rs.getLong("waiting"), rs.getObject("oldest", OffsetDateTime.class)))
			.single();
	}

	record Backlog(long waiting, OffsetDateTime oldest) {
	}

	/** Every entry not yet sealed, refused or not: the verifier checks their MACs itself. */
	List<JournalEntry> allUnsealed() {
		return jdbc.sql("select " + COLUMNS + " from journal_entry where position is null order by id")
			.query(JournalEntries::entry)
			.list();
	}

	/** Left out of the chain for good: the sealer does not look at them again. */
	void refuse(List<Long> ids, OffsetDateTime at) {
		jdbc.sql("insert into journal_refused_entry (id, refused_at) select unnest(cast(? as bigint[])), ? on conflict do nothing")
			.params(ids.toArray(Long[]::new), at)
			.update();
	}

	/**
	 * The stored hash at a position, or null when no entry holds it; at 0, the genesis, which is
	 * where a verification of the still empty chain stopped (the next one starts from there).
	 */
	String hashAt(long position) {
		if (position == 0) {
			return ChainHash.GENESIS;
		}
		return jdbc.sql("select hash from journal_entry where position = ?").param(position).query(String.class)
			.optional().orElse(null);
	}

	/** The last position sealed, 0 for none; read from the entries, not from the chain head a sealer keeps. */
	long lastPosition() {
		return jdbc.sql("select coalesce(max(position), 0) from journal_entry").query(Long.class).single();
	}

	static JournalEntry row(ResultSet rs) throws SQLException {
		return entry(rs, 0);
	}

	static JournalEntry entry(ResultSet rs, int row) throws SQLException {
		return new JournalEntry(rs.getLong("id"), rs.getObject("position", Long.class),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("action"),
				rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("change"), rs.getString("hash"),
				rs.getString("mac"));
	}
}
