package org.credence.relations;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.credence.audit.JournalSubjects;

/**
 * Incidents (by title) and forums (by name) named for the journal and linked to their pages. The
 * journal's name filter is for missions and persons, which the registry answers: none here.
 */
@Component
class RelationsJournalSubjects implements JournalSubjects {

	private final JdbcClient jdbc;

	RelationsJournalSubjects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> about(String name, int limit) {
		return Set.of();
	}

	@Override
	public Map<String, Subject> describe(Collection<String> ids) {
		String[] uuids = ids.stream().filter(id -> id.matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}")).toArray(String[]::new);
		if (uuids.length == 0) {
			return Map.of();
		}
		return jdbc.sql("""
				select id::text as id, title as name, '/incidents/' || id as href from incident where id = any(cast(:ids as uuid[]))
				union all
				select id::text, name, '/forums/' || id from forum where id = any(cast(:ids as uuid[]))
				""")
			.param("ids", uuids)
			.query((rs, row) -> Map.entry(rs.getString("id"), new Subject(rs.getString("name"), rs.getString("href"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
