package org.credence.registry.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.credence.problem.ProblemException;
import org.credence.security.Actors;

/**
 * Persons as the caller may see them: a mission administrator sees those with an accreditation or a
 * request at their mission, and those they registered themselves (to notify their arrival).
 */
@Repository
public class Persons {

	private static final String COLUMNS = """
			p.id, p.name_native, p.name_latin, p.birth_year, p.birth_month, p.birth_day, p.nationality, p.sex,
			       p.recorded_at, p.recorded_by,
			       array(select n.name from person_other_name n where n.person_id = p.id order by n.position) as other_names""";

	static final String SELECT = "select " + COLUMNS + "\nfrom person p";

	/**
	 * The ids found as an array: its persons are read by their key even on a generic plan (the driver
	 * prepares a statement run often), where a join would scan every person not knowing how few match.
	 */
	private static final String NAMED = """
			p.id = any(array(select id from person where lower(name_latin) like ?
			                 union select id from person where lower(name_native) like ?
			                 union select person_id from person_other_name where lower(name) like ?))""";

	private final JdbcClient jdbc;

	private final Actors actors;

	Persons(JdbcClient jdbc, Actors actors) {
		this.jdbc = jdbc;
		this.actors = actors;
	}

	void add(Person person) {
		BirthDate birth = person.birthDate();
		jdbc.sql("""
				insert into person (id, name_native, name_latin, birth_year, birth_month, birth_day, nationality, sex,
				                    recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(person.id(), person.nameNative(), person.nameLatin(), birth == null ? null : birth.year(),
					birth == null ? null : birth.month(), birth == null ? null : birth.day(), person.nationality(),
					person.sex().name(), person.recordedAt(), person.recordedBy())
			.update();
		addOtherNames(person.id(), person.otherNames());
	}

	void replaceOtherNames(UUID personId, List<String> names) {
		jdbc.sql("delete from person_other_name where person_id = ?").param(personId).update();
		addOtherNames(personId, names);
	}

	private void addOtherNames(UUID personId, List<String> names) {
		for (int i = 0; i < names.size(); i++) {
			jdbc.sql("insert into person_other_name (person_id, position, name) values (?, ?, ?)")
				.params(personId, i, names.get(i))
				.update();
		}
	}

	public Optional<Person> find(UUID id) {
		return jdbc.sql(SELECT + " where p.id = ? and " + visible()).param(id).params(scope()).query(Persons::map).optional();
	}

	public Person get(UUID id) {
		return find(id).orElseThrow(() -> ProblemException.notFound("person", id));
	}

	/** The persons of those ids that the caller may see, by id, in one query: for lists of accreditations. */
	public Map<UUID, Person> byId(Collection<UUID> ids) {
		return jdbc.sql(SELECT + " where p.id = any(?) and " + visible())
			.param(ids.toArray(UUID[]::new))
			.params(scope())
			.query(Persons::map)
			.list()
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
	}

	/**
	 * Locks the person's row until the transaction ends, so that two notifications about the same
	 * person (to different missions, hence under different mission locks) are decided one after the other.
	 */
	public Person lock(UUID id) {
		return jdbc.sql(SELECT + " where p.id = ? and " + visible() + " for update of p")
			.param(id)
			.params(scope())
			.query(Persons::map)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("person", id));
	}

	/**
	 * As {@link #lock}, with the first declaration of non-acceptability that reaches into the time from
	 * {@code from} on, read in the same query: a decision on a position needs both.
	 */
	Acceptability.Candidate lockCandidate(UUID id, OffsetDateTime from) {
		return jdbc.sql("select " + COLUMNS + ", " + NotAcceptableDeclarations.prefixedColumns()
				+ " from person p left join lateral (" + NotAcceptableDeclarations.REACHING_INTO + ") d on true"
				+ " where p.id = ? and " + visible() + " for update of p")
			.param(from)
			.param(id)
			.params(scope())
			.query((rs, row) -> new Acceptability.Candidate(map(rs, row), NotAcceptableDeclarations.map(rs, "d_")))
			.optional()
			.orElseThrow(() -> ProblemException.notFound("person", id));
	}

	/**
	 * The persons a form offers to choose from: the first by name, or those a part of whose name was
	 * looked for, and the one already chosen wherever they stand, so that a choice is never lost.
	 */
	public List<Person> choices(String find, UUID chosen, int limit) {
		List<Person> first = search(find, limit);
		if (chosen == null || first.stream().anyMatch(p -> p.id().equals(chosen))) {
			return first;
		}
		List<Person> all = new ArrayList<>(first);
		find(chosen).ifPresent(p -> all.add(0, p));
		return all;
	}

	/** Persons whose names contain the text, in any script; all persons when it is blank. */
	public List<Person> search(String text, int limit) {
		return search(text, null, limit);
	}

	/**
	 * The same, of those who held or asked for a position at the mission when one is given. Each name
	 * is matched on its own so that each reads its trigram index (V62); a blank text matches everyone.
	 */
	public List<Person> search(String text, UUID mission, int limit) {
		String words = text == null ? "" : text.trim().toLowerCase();
		List<Object> params = new ArrayList<>(Collections.nCopies(words.isEmpty() ? 0 : 3, "%" + words + "%"));
		params.addAll(Arrays.asList(mission, mission));
		params.addAll(scope());
		params.add(limit);
		return jdbc.sql(SELECT + " where " + (words.isEmpty() ? "true" : NAMED) + """
				 and (cast(? as uuid) is null or exists (select 1 from accreditation a where a.person_id = p.id and a.mission_id = ?))
				""" + " and " + visible() + " order by p.name_latin limit ?")
			.params(params)
			.query(Persons::map)
			.list();
	}

	static Person map(ResultSet rs, int row) throws SQLException {
		int year = rs.getInt("birth_year");
		BirthDate birth = rs.wasNull() ? null
				: new BirthDate(year, (Integer) rs.getObject("birth_month", Integer.class),
						rs.getObject("birth_day", Integer.class));
		String[] others = (String[]) rs.getArray("other_names").getArray();
		return new Person(rs.getObject("id", UUID.class), rs.getString("name_native"), rs.getString("name_latin"),
				List.of(others), birth, rs.getString("nationality"), Sex.valueOf(rs.getString("sex")),
				rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by"));
	}

	private String visible() {
		return actors.missionScope().isPresent()
				? "(exists (select 1 from accreditation a where a.person_id = p.id and a.mission_id = ?) or p.recorded_by = ?)"
				: "true";
	}

	private List<Object> scope() {
		return actors.missionScope().<List<Object>>map(mission -> List.of(mission, actors.current())).orElse(List.of());
	}
}
