package org.credence.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Accounts {

	static final String SELECT = """
			select id, name, kind, password_hash, role, mission_id, member_state, enabled, failed_logins, locked_until,
			       created_at, created_by
			from account""";

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Account account) {
		jdbc.sql("""
				insert into account (id, name, kind, password_hash, role, mission_id, member_state, enabled, created_at,
				                     created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(account.id(), account.name(), account.kind().name(), account.passwordHash(), account.role().name(), account.missionId(),
					account.memberState(), account.enabled(), Timestamp.from(account.createdAt()), account.createdBy())
			.update();
	}

	boolean any() {
		return jdbc.sql("select exists (select 1 from account)").query(Boolean.class).single();
	}

	int count() {
		return jdbc.sql("select count(*) from account").query(Integer.class).single();
	}

	List<Account> all() {
		return jdbc.sql(SELECT + " order by lower(name)").query(Accounts::map).list();
	}

	Optional<Account> find(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(Accounts::map).optional();
	}

	Optional<Account> findByName(String name) {
		return jdbc.sql(SELECT + " where lower(name) = lower(?)").param(name).query(Accounts::map).optional();
	}

	/** Names of the enabled accounts of the role; with states, only those bound to one of them. */
	List<String> enabledNames(Role role, Collection<String> memberStates) {
		String bound = memberStates.isEmpty() ? "" : " and member_state = any(?)";
		List<Object> params = memberStates.isEmpty() ? List.of(role.name())
				: List.of(role.name(), memberStates.toArray(String[]::new));
		return jdbc.sql("select name from account where enabled and role = ?" + bound + " order by lower(name)")
			.params(params)
			.query(String.class)
			.list();
	}

	void update(UUID id, Role role, UUID missionId, String memberState, boolean enabled) {
		jdbc.sql("update account set role = ?, mission_id = ?, member_state = ?, enabled = ? where id = ?")
			.params(role.name(), missionId, memberState, enabled, id)
			.update();
	}

	void changePassword(UUID id, String passwordHash) {
		jdbc.sql("update account set password_hash = ? where id = ?").params(passwordHash, id).update();
	}

	/** One more failure in a row; returns how many there now are. */
	int failed(UUID id) {
		return jdbc.sql("update account set failed_logins = failed_logins + 1 where id = ? returning failed_logins")
			.param(id)
			.query(Integer.class)
			.single();
	}

	void lockUntil(UUID id, Instant until) {
		jdbc.sql("update account set locked_until = ? where id = ?").params(Timestamp.from(until), id).update();
	}

	/** After a successful login or an administrator's unlock: no failures, no lock. */
	void clearFailures(UUID id) {
		jdbc.sql("update account set failed_logins = 0, locked_until = null where id = ?").param(id).update();
	}

	static Account map(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new Account(rs.getObject("id", UUID.class), rs.getString("name"),
				AccountKind.valueOf(rs.getString("kind")), rs.getString("password_hash"),
				Role.valueOf(rs.getString("role")), rs.getObject("mission_id", UUID.class), rs.getString("member_state"),
				rs.getBoolean("enabled"), rs.getInt("failed_logins"), locked == null ? null : locked.toInstant(),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}
}
