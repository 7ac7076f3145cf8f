package org.credence.registry.person;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What screening reads of the registry, for the receiving party as a whole rather than for the
 * caller: a mission administrator's request is screened against every mission's record, and a new
 * list version against every person any mission asked for.
 */
@Repository
public class OwnRecord {

	private final JdbcClient jdbc;

	OwnRecord(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Those of record, and those of the given ids (linked to incidents elsewhere) with that ground.
	 * Read from the few persons of record (V64 indexes the refused and withdrawn positions), never by
	 * going through every person: it runs at every registration and every arrival.
	 */
	public List<PersonOfRecord> persons(Collection<UUID> inIncidents) {
		return jdbc.sql("select * from (" + Persons.SELECT.replace("from person p", """
				, array_remove(array[
				    case when exists (select 1 from person_not_acceptable d where d.person_id = p.id) then 'NOT_ACCEPTABLE' end,
				    case when exists (select 1 from accreditation a where a.person_id = p.id and a.status = 'REFUSED')
				         then 'REFUSED' end,
				    case when exists (select 1 from accreditation a where a.person_id = p.id and a.status = 'WITHDRAWN')
				         then 'WITHDRAWN' end,
				    case when p.id = any(?) then 'INCIDENT' end], null) as grounds
				from person p
				where p.id in (select d.person_id from person_not_acceptable d
				               union all select a.person_id from accreditation a where a.status in ('REFUSED', 'WITHDRAWN')
				               union all select unnest(?::uuid[]))""") + ") recorded order by name_latin")
			.param(inIncidents.toArray(UUID[]::new))
			.param(inIncidents.toArray(UUID[]::new))
			.query((rs, row) -> new PersonOfRecord(Persons.map(rs, row), grounds(rs.getArray("grounds"))))
			.list();
	}

	/** Persons with a request awaiting a decision or an accreditation not yet ended. */
	public List<Person> seekingOrHolding() {
		return jdbc.sql(Persons.SELECT + " " + """
				 where exists (select 1 from accreditation a where a.person_id = p.id and a.status in ('REQUESTED', 'ACTIVE'))
				 order by p.name_latin""")
			.query(Persons::map)
			.list();
	}

	private static Set<PersonOfRecord.Ground> grounds(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(PersonOfRecord.Ground::valueOf).collect(Collectors.toSet());
	}
}
