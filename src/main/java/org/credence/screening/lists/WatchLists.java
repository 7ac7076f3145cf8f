package org.credence.screening.lists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.credence.screening.matching.DateSpan;
import org.credence.screening.matching.Gender;
import org.credence.screening.matching.ListedName;
import org.credence.screening.matching.NameKind;
import org.credence.screening.matching.Subject;
import org.credence.screening.matching.SubjectKind;

/** What the rest of screening reads of the imported lists: the entries of their current versions. */
@Service
public class WatchLists {

	/** What belongs to an entry (aliased x) of the versions chosen (a condition on v, written in). */
	private static final String OF_VERSIONS = """
			 x join watch_list_entry e on e.id = x.entry_id join watch_list_version v on v.id = e.version_id
			where %s""";

	private final JdbcClient jdbc;

	WatchLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The ids of the lists' current versions: what an index built from {@link #currentSubjects()} is as of. */
	public List<UUID> currentVersionIds() {
		return jdbc.sql("select id from watch_list_version where is_current order by list_id").query(UUID.class).list();
	}

	/**
	 * Every individual and entity of each list's current version, as the matcher compares them (not
	 * OFAC's vessels and aircraft, which no person can be), in four queries however many there are.
	 * One snapshot: an import committed meanwhile is wholly in the answer or not at all.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public List<Subject> currentSubjects() {
		return subjects("v.is_current", List.of());
	}

	/** The individuals and entities of one version, current or not: what changed from one version to the next. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public List<Subject> subjectsOf(UUID version) {
		return subjects("v.id = ?", List.of(version));
	}

	private List<Subject> subjects(String versions, List<Object> parameters) {
		Map<UUID, Draft> drafts = new LinkedHashMap<>();
		jdbc.sql("""
				select e.id, v.list_id, e.reference, e.kind, e.gender
				from watch_list_entry e join watch_list_version v on v.id = e.version_id
				where %s and e.kind in ('INDIVIDUAL', 'ENTITY') order by v.list_id, e.reference""".formatted(versions))
			.params(parameters)
			.query(rs -> {
				drafts.put(rs.getObject("id", UUID.class), new Draft(rs.getString("list_id"), rs.getString("reference"),
						SubjectKind.valueOf(rs.getString("kind")), gender(rs.getString("gender"))));
			});
		String of = OF_VERSIONS.formatted(versions);
		each("select x.entry_id, x.kind, x.text from watch_list_name" + of + " order by x.entry_id, x.position",
				parameters, drafts,
				(draft, rs) -> draft.names.add(new ListedName(rs.getString("text"), NameKind.valueOf(rs.getString("kind")))));
		each("select x.entry_id, x.born_from, x.born_to from watch_list_birth" + of + " order by x.entry_id, x.position",
				parameters, drafts, (draft, rs) -> draft.births.add(new DateSpan(rs.getObject("born_from", LocalDate.class),
						rs.getObject("born_to", LocalDate.class))));
		each("select x.entry_id, x.state from watch_list_nationality" + of + " and x.state is not null", parameters, drafts,
				(draft, rs) -> draft.nationalities.add(rs.getString("state")));
		return drafts.values().stream().map(draft -> new Subject(draft.list, draft.reference, draft.kind, draft.names,
				draft.births, draft.nationalities, draft.gender)).toList();
	}

	private void each(String sql, List<Object> parameters, Map<UUID, Draft> drafts, RowInto into) {
		jdbc.sql(sql).params(parameters).query(rs -> {
			Draft draft = drafts.get(rs.getObject("entry_id", UUID.class));
			if (draft != null) {
				into.add(draft, rs);
			}
		});
	}

	private static Gender gender(String gender) {
		return gender == null ? null : Gender.valueOf(gender);
	}

	private interface RowInto {

		void add(Draft draft, ResultSet rs) throws SQLException;
	}

	private record Draft(String list, String reference, SubjectKind kind, Gender gender, List<ListedName> names,
			List<DateSpan> births, Set<String> nationalities) {

		Draft(String list, String reference, SubjectKind kind, Gender gender) {
			this(list, reference, kind, gender, new ArrayList<>(), new ArrayList<>(), new HashSet<>());
		}
	}
}
