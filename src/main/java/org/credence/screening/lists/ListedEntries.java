package org.credence.screening.lists;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.credence.screening.matching.ListedName;
import org.credence.screening.matching.NameKind;

/** One entry of a list's current version, whole, for the page that compares it with a person. */
@Repository
public class ListedEntries {

	private final JdbcClient jdbc;

	ListedEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ListedEntry> current(String list, String reference) {
		record Row(UUID id, int version, String kind, String gender, String remarks) {
		}
		return jdbc.sql("""
				select e.id, v.number, e.kind, e.gender, e.remarks
				from watch_list_entry e join watch_list_version v on v.id = e.version_id
				where v.list_id = ? and v.is_current and e.reference = ?""")
			.params(list, reference)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("kind"),
					rs.getString("gender"), rs.getString("remarks")))
			.optional()
			.map(row -> new ListedEntry(list, reference, row.version(), row.kind(), row.gender(),
					jdbc.sql("select kind, text from watch_list_name where entry_id = ? order by position")
						.param(row.id())
						.query((rs, n) -> new ListedName(rs.getString("text"), NameKind.valueOf(rs.getString("kind"))))
						.list(),
					texts("select written from watch_list_birth where entry_id = ? order by position", row.id()),
					texts("select place from watch_list_birthplace where entry_id = ? order by position", row.id()),
					texts("select written from watch_list_nationality where entry_id = ? order by position", row.id()),
					texts("select programme from watch_list_programme where entry_id = ? order by position", row.id()),
					row.remarks()));
	}

	private List<String> texts(String sql, UUID entry) {
		return jdbc.sql(sql).param(entry).query(String.class).list();
	}
}
