package org.credence.registry.mission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each mission's contact details, as the last change left them; none recorded is {@link MissionContact#NONE}. */
@Repository
public class MissionContacts {

	private final JdbcClient jdbc;

	MissionContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public MissionContact of(UUID missionId) {
		return jdbc.sql("""
				select address, telephone, email, web_address, head_took_up_functions_on
				from mission_contact where mission_id = ?""")
			.param(missionId)
			.query((rs, row) -> new MissionContact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class)))
			.optional()
			.orElse(MissionContact.NONE);
	}

	void put(UUID missionId, MissionContact contact, OffsetDateTime at, String by) {
		jdbc.sql("""
				insert into mission_contact (mission_id, address, telephone, email, web_address,
				    head_took_up_functions_on, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (mission_id) do update set address = excluded.address, telephone = excluded.telephone,
				    email = excluded.email, web_address = excluded.web_address,
				    head_took_up_functions_on = excluded.head_took_up_functions_on,
				    recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
			.params(missionId, contact.address(), contact.telephone(), contact.email(), contact.webAddress(),
					contact.headTookUpFunctionsOn(), at, by)
			.update();
	}
}
