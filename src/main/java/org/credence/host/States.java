package org.credence.host;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * ISO 3166-1 reference data, loaded by migration and never written: every module reads it here, so
 * it is part of the host module's public face, not a repository hidden behind one.
 */
@Component
public class States {

	private final JdbcClient jdbc;

	States(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<State> all() {
		return jdbc.sql("select code, name_en, name_fr from state order by name_en").query(States::map).list();
	}

	public Optional<State> find(String code) {
		return jdbc.sql("select code, name_en, name_fr from state where code = ?")
			.param(code)
			.query(States::map)
			.optional();
	}

	public boolean exists(String code) {
		return find(code).isPresent();
	}

	private static State map(ResultSet rs, int row) throws SQLException {
		return new State(rs.getString("code"), rs.getString("name_en"), rs.getString("name_fr"));
	}
}
