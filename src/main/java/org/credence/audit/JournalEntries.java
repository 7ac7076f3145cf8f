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

	/**
	 * A page of the entries matching the filter, newest first, after skipping {@code skip} of them.
	 * An offset, because the page shows page numbers and a keyset cannot jump to page 40; kept fast
	 * at hundreds of thousands of entries by skipping on ids alone: the inner query reads only the
	 * indexes that end in id (the primary key, or subject, actor, action, day, each then id), so
	 * skipping costs index tuples, not rows, and only the page's own rows are read whole.
	 */
	List<JournalEntry> newestFirst(JournalFilter filter, long skip, int limit) {
		Map<String, Object> params = new HashMap<>(Map.of("skip", skip, "limit", limit));
		return jdbc.sql("select " + COLUMNS + " from journal_entry where id in (select id from journal_entry where true"
				+ filter.where(params) + " order by id desc limit :limit offset :skip) order by id desc")
			.params(params)
			.query(JournalEntries::entry)
			.list();
	}

	/** How many entries match, for the page numbers: an index-only count, like the skip above. */
	long count(JournalFilter filter) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("select count(*) from journal_entry where true" + filter.where(params))
			.params(params)
			.query(Long.class)
			.single();
	}

	/** The actions that occur, each once: one step along the action index per action, not a scan of the entries. */
	List<String> actions() {
		return jdbc.sql("""
				with recursive found(action) as (
				    (select action from journal_entry order by action limit 1)
				    union all
				    select (select e.action from journal_entry e where e.action > found.action order by e.action limit 1)
				    from found where found.action is not null)
				select action from found where action is not null
				""").query(String.class).list();
	}

	/** Committed entries not yet sealed and not refused by the sealer, oldest id first. */
	List<JournalEntry> unsealed(int limit) {
		return jdbc.sql("select " + COLUMNS + " from journal_entry e where position is null"
				+ " and not exists (select 1 from journal_refused_entry r where r.id = e.id) order by id limit :limit")
			.param("limit", limit)
			.query(JournalEntries::entry)
			.list();
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

	private static JournalEntry entry(ResultSet rs, int row) throws SQLException {
		return new JournalEntry(rs.getLong("id"), rs.getObject("position", Long.class),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("action"),
				rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("change"), rs.getString("hash"),
				rs.getString("mac"));
	}
}
