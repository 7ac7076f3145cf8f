package org.credence.screening.lists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of each list and the files they came from; their entries are {@link EntryRows}'. */
@Repository
class ListVersions {

	private static final String COLUMNS = """
			v.id, v.list_id, v.number, v.published_on, v.imported_at, v.imported_by, v.is_current, v.entries,
			v.individuals, v.entities, v.vessels, v.aircraft, v.names, v.aliases""";

	private final JdbcClient jdbc;

	ListVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Holds the list until the transaction ends, so that two imports of one list number their versions
	 * and hand over the current one in turn.
	 */
	void lock(WatchList list) {
		jdbc.sql("select id from watch_list where id = ? for update").param(list.id()).query(String.class).single();
	}

	int nextNumber(WatchList list) {
		return jdbc.sql("select coalesce(max(number), 0) + 1 from watch_list_version where list_id = ?")
			.param(list.id())
			.query(Integer.class)
			.single();
	}

	/** The version becomes its list's current one; the previous one is kept, no longer current. */
	void add(ListVersion version) {
		jdbc.sql("update watch_list_version set is_current = false where list_id = ? and is_current")
			.param(version.list())
			.update();
		ListVersion.Counts counts = version.counts();
		jdbc.sql("""
				insert into watch_list_version (id, list_id, number, published_on, imported_at, imported_by, is_current,
				    entries, individuals, entities, vessels, aircraft, names, aliases)
				values (?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(version.id(), version.list(), version.number(), version.publishedOn(), version.importedAt(),
					version.importedBy(), counts.entries(), counts.individuals(), counts.entities(), counts.vessels(),
					counts.aircraft(), counts.names(), counts.aliases())
			.update();
		ColumnRows files = new ColumnRows("watch_list_file", "version_id uuid", "part text", "name text", "sha256 text",
				"bytes bigint");
		version.files().forEach(file -> files.add(version.id(), file.part(), file.name(), file.sha256(), file.bytes()));
		files.insert(jdbc);
	}

	/** Whether any list was ever imported. */
	boolean any() {
		return jdbc.sql("select exists (select 1 from watch_list_version)").query(Boolean.class).single();
	}

	/** The list's versions, the latest first. */
	List<ListVersion> of(String list) {
		return read("where v.list_id = ? order by v.number desc", list);
	}

	Optional<ListVersion> find(String list, UUID id) {
		return read("where v.list_id = ? and v.id = ?", list, id).stream().findFirst();
	}

	Optional<UUID> currentId(WatchList list) {
		return jdbc.sql("select id from watch_list_version where list_id = ? and is_current").param(list.id())
			.query(UUID.class).optional();
	}

	/** Each list's current version, by list id. */
	Map<String, ListVersion> current() {
		return read("where v.is_current").stream().collect(Collectors.toMap(ListVersion::list, version -> version));
	}

	private List<ListVersion> read(String where, Object... params) {
		List<ListVersion> versions = jdbc.sql("select " + COLUMNS + " from watch_list_version v " + where)
			.params(params)
			.query(ListVersions::version)
			.list();
		if (versions.isEmpty()) {
			return versions;
		}
		Map<UUID, List<ListFile>> files = jdbc.sql("""
				select version_id, part, name, sha256, bytes from watch_list_file
				where version_id = any(?) order by version_id, part desc
				""")
			.param(versions.stream().map(ListVersion::id).toArray(UUID[]::new))
			.query((rs, row) -> Map.entry(rs.getObject("version_id", UUID.class),
					new ListFile(rs.getString("part"), rs.getString("name"), rs.getString("sha256"), rs.getLong("bytes"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return versions.stream()
			.map(v -> new ListVersion(v.id(), v.list(), v.number(), v.publishedOn(), v.importedAt(), v.importedBy(),
					v.current(), files.getOrDefault(v.id(), List.of()), v.counts()))
			.toList();
	}

	private static ListVersion version(ResultSet rs, int row) throws SQLException {
		return new ListVersion(rs.getObject("id", UUID.class), rs.getString("list_id"), rs.getInt("number"),
				rs.getObject("published_on", LocalDate.class), rs.getObject("imported_at", OffsetDateTime.class),
				rs.getString("imported_by"), rs.getBoolean("is_current"), List.of(),
				new ListVersion.Counts(rs.getInt("entries"), rs.getInt("individuals"), rs.getInt("entities"),
						rs.getInt("vessels"), rs.getInt("aircraft"), rs.getInt("names"), rs.getInt("aliases")));
	}
}
