package org.credence.registry.accreditation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which accreditation another is tied to (the table accreditation_tie): a household member's to the
 * principal's, a private servant's to the employer's.
 */
@Repository
class AccreditationTies {

	private final JdbcClient jdbc;

	AccreditationTies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void tie(UUID accreditationId, UUID principalId) {
		jdbc.sql("insert into accreditation_tie (accreditation_id, principal_id) values (?, ?)")
			.params(accreditationId, principalId)
			.update();
	}

	Optional<UUID> principalOf(UUID accreditationId) {
		return jdbc.sql("select principal_id from accreditation_tie where accreditation_id = ?")
			.param(accreditationId)
			.query(UUID.class)
			.optional();
	}

	/** The active accreditations of the principal's household (not their servants), in the order they began. */
	List<UUID> activeHousehold(UUID principalId) {
		return jdbc.sql("""
				select a.id from accreditation_tie t join accreditation a on a.id = t.accreditation_id
				where t.principal_id = ? and a.category = 'FAMILY_MEMBER' and a.status = 'ACTIVE'
				order by a.start_at, a.id""")
			.param(principalId)
			.query(UUID.class)
			.list();
	}
}
