package org.credence.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The journal as its page lists it: newest first, a page at a time, with how many entries match
 * and which actions occur, fast at hundreds of thousands of entries.
 */
@Repository
class JournalListing {

	private final JdbcClient jdbc;

	JournalListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		return jdbc.sql("select " + JournalEntries.COLUMNS + " from journal_entry where id in (select id from journal_entry where true"
				+ filter.where(params) + " order by id desc limit :limit offset :skip) order by id desc")
			.params(params)
			.query(JournalEntries::entry)
			.list();
	}

	/**
	 * How many entries match, for the page numbers: an index-only count, like the skip above. All of
	 * them, the page's first view, are counted without reading them: positions are gapless, so the
	 * last one says how many are sealed, and those waiting are few (a partial index holds them).
	 */
	long count(JournalFilter filter) {
		Map<String, Object> params = new HashMap<>();
		String where = filter.where(params);
		if (where.isEmpty()) {
			return jdbc.sql("select (select coalesce(max(position), 0) from journal_entry)"
					+ " + (select count(*) from journal_entry where position is null)").query(Long.class).single();
		}
		return jdbc.sql("select count(*) from journal_entry where true" + where)
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
}
