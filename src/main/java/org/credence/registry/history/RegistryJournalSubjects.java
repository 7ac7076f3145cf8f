package org.credence.registry.history;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.credence.audit.JournalSubjects;

/**
 * Missions, persons and accreditations named for the journal: a mission by its name, a person by
 * the name in Latin script, an accreditation as its person at its mission, each linked to its page
 * (an accreditation to its person's). A name typed into the journal's filter finds missions by their
 * name and persons by any of theirs, in any case, and the accreditations of both.
 */
@Component
class RegistryJournalSubjects implements JournalSubjects {

	private final JdbcClient jdbc;

	RegistryJournalSubjects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> about(String name, int limit) {
		String pattern = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return new LinkedHashSet<>(jdbc.sql("""
				with named as (
				    (select id from mission where name ilike :pattern limit :limit)
				    union all
				    (select id from person where name_latin ilike :pattern or name_native ilike :pattern
				        or exists (select 1 from person_other_name o where o.person_id = person.id and o.name ilike :pattern)
				     limit :limit))
				select id::text from named
				union all
				(select a.id::text from accreditation a
				 where a.mission_id in (select id from named) or a.person_id in (select id from named) limit :limit)
				""")
			.param("pattern", pattern)
			.param("limit", limit)
			.query(String.class)
			.list());
	}

	@Override
	public Map<String, Subject> describe(Collection<String> ids) {
		String[] uuids = ids.stream().filter(id -> id.matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}")).toArray(String[]::new);
		if (uuids.length == 0) {
			return Map.of();
		}
		return jdbc.sql("""
				select id::text as id, name, '/missions/' || id as href from mission where id = any(cast(:ids as uuid[]))
				union all
				select id::text, name_latin, '/persons/' || id from person where id = any(cast(:ids as uuid[]))
				union all
				select a.id::text, p.name_latin || ' — ' || m.name, '/persons/' || p.id
				from accreditation a join person p on p.id = a.person_id join mission m on m.id = a.mission_id
				where a.id = any(cast(:ids as uuid[]))
				""")
			.param("ids", uuids)
			.query((rs, row) -> Map.entry(rs.getString("id"), new Subject(rs.getString("name"), rs.getString("href"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
