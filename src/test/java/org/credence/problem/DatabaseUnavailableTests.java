package org.credence.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached" (503), as Spring, Hikari and the driver report them. */
class DatabaseUnavailableTests {

	@Test
	void aPoolWithoutConnectionOrAConnectionLostOrAServerShuttingDownIsTheDatabaseBeingUnavailable() {
		SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 1000ms");
		assertThat(DatabaseUnavailable.explains(new CannotCreateTransactionException("Could not open JDBC Connection",
				poolTimeout))).isTrue();
		assertThat(DatabaseUnavailable.explains(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				poolTimeout))).isTrue();
		assertThat(DatabaseUnavailable.explains(new UncategorizedSQLException("insert", "insert into person",
				new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
		assertThat(DatabaseUnavailable.explains(new UncategorizedSQLException("select", "select 1",
				new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
	}

	@Test
	void aRollbackOnAConnectionThePoolClosedAsBrokenIsTheDatabaseBeingUnavailable() {
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		assertThat(DatabaseUnavailable.explains(rollback)).isTrue();
	}

	@Test
	void aRefusedValueOrAnyOtherFailureIsNot() {
		assertThat(DatabaseUnavailable.explains(new DataIntegrityViolationException("duplicate",
				new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
		assertThat(DatabaseUnavailable.explains(new UncategorizedSQLException("select", "select x",
				new SQLException("column x does not exist", "42703")))).isFalse();
		assertThat(DatabaseUnavailable.explains(new IllegalStateException("a bug"))).isFalse();
	}
}
